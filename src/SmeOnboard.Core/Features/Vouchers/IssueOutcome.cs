namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>A voucher issued, or the refusal with the firm's reasons when it was not eligible.</summary>
public sealed record IssueOutcome(Voucher? Voucher, IssueRefusal Refusal, IReadOnlyList<IneligibilityReason> Reasons, string? FirmName)
{
    public bool Issued => Voucher is not null;

    public static IssueOutcome Refused(IssueRefusal refusal, string? firmName = null, IReadOnlyList<IneligibilityReason>? reasons = null) =>
        new(null, refusal, reasons ?? [], firmName);
}
