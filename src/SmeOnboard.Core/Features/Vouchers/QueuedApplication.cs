namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>An application in the officers' queue, with its programme's name and the voucher it led to, if any.</summary>
public sealed class QueuedApplication
{
    public VoucherApplication Application { get; init; } = new();
    public string ProgrammeNameEn { get; init; } = "";
    public string ProgrammeNameZh { get; init; } = "";
    public string? VoucherCode { get; init; }

    public string ProgrammeNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ProgrammeNameZh : ProgrammeNameEn;
}
