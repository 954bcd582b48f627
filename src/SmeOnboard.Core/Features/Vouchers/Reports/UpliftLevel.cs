namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>How many of the reassessed firms stood at one maturity level before the voucher and how many stand there now.</summary>
public sealed class UpliftLevel
{
    public int Level { get; init; }
    public int Before { get; init; }
    public int After { get; init; }
}
