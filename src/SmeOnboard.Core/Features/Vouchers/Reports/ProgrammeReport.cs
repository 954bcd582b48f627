namespace SmeOnboard.Core.Features.Vouchers.Reports;

/// <summary>What a voucher programme achieved so far, for its agency's officers: money, funnel, reach, spend and uplift.</summary>
public sealed class ProgrammeReport
{
    public Guid ProgrammeId { get; init; }
    public string NameEn { get; init; } = "";
    public string NameZh { get; init; } = "";
    public ProgrammeStatus Status { get; init; }
    public string Currency { get; init; } = "";

    /// <summary>When the figures were read (UTC); expiry is judged against it.</summary>
    public DateTimeOffset AsOf { get; init; }

    public BudgetFigures Budget { get; init; } = new();
    public FunnelCounts Funnel { get; init; } = new();

    /// <summary>Voucher money spent per redeemed voucher, rounded half away from zero to the minor unit; null before any.</summary>
    public long? AverageGrantMinor { get; init; }

    /// <summary>Voucher money as a percentage of the price of paid orders (after refunds); null before any.</summary>
    public decimal? AverageCoveragePercent { get; init; }

    public IReadOnlyList<ReachBucket> ByRegion { get; init; } = [];
    public IReadOnlyList<ReachBucket> ByIndustry { get; init; } = [];
    public IReadOnlyList<ReachBucket> BySize { get; init; } = [];
    public IReadOnlyList<SpendBucket> ByCategory { get; init; } = [];
    public IReadOnlyList<SpendBucket> ByVendor { get; init; } = [];
    public MaturityUplift Uplift { get; init; } = new();

    public string NameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;
}
