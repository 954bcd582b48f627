using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>What became of one application in a (bulk) decision: decided, or left open with the reason.</summary>
public sealed record DecisionOutcome(Guid ApplicationId, string FirmName, Voucher? Voucher, FieldError? Error)
{
    public bool Succeeded => Error is null;
}
