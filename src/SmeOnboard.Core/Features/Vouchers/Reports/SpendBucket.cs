namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>Voucher money spent (after refunds) on one app category or at one vendor, and on how many paid orders.</summary>
public sealed class SpendBucket
{
    /// <summary>The category code, or the vendor organisation's id.</summary>
    public string Key { get; init; } = "";

    /// <summary>The vendor's name; empty for a category, which is named from the closed list.</summary>
    public string Name { get; init; } = "";

    public int Orders { get; init; }
    public long SpentMinor { get; init; }
}
