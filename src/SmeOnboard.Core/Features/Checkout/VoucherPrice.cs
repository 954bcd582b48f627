using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>One of the firm's vouchers against one app's price: the split checkout would make, or why it would not apply.</summary>
public sealed class VoucherPrice
{
    public string Code { get; init; } = "";
    public string ProgrammeNameEn { get; init; } = "";
    public string ProgrammeNameZh { get; init; } = "";

    /// <summary>List price, voucher share and what the firm pays; null when the voucher does not apply.</summary>
    public ShareQuote? Split { get; init; }

    /// <summary>Why the voucher does not apply (expired, spent, app not covered…); null when it does.</summary>
    public FieldError? Refusal { get; init; }

    public string ProgrammeNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ProgrammeNameZh : ProgrammeNameEn;
}
