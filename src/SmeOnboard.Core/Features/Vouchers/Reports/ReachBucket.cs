namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>
/// Firms that received a voucher, for one region, industry or size band (its profile code; null when the profile does
/// not say), and how many of them spent some of it.
/// </summary>
public sealed class ReachBucket
{
    public string? Code { get; init; }
    public int Firms { get; init; }
    public int Redeemed { get; init; }
}
