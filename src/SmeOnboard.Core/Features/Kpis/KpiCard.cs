using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Kpis;

/// <summary>One KPI on a dashboard: its figure over the period and its trend within it.</summary>
public sealed class KpiCard
{
    public KpiFigure Figure { get; init; } = new();
    public TemplateTable Table { get; init; } = new();
    public IReadOnlyList<KpiTrendPoint> Trend { get; init; } = [];

    /// <summary>False for a table without a date column: its figure covers every row, whatever the period.</summary>
    public bool IsDated { get; init; }
}
