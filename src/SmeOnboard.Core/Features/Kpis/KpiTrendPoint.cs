namespace SmeOnboard.Core.Features.Kpis;

/// <summary>A KPI's figure over the rows of one day or week; null when that bucket's rows give none.</summary>
public sealed class KpiTrendPoint
{
    public DateOnly Start { get; init; }
    public double? Value { get; init; }
}
