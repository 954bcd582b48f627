using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Kpis;

/// <summary>A KPI's figure over a set of rows, and how it stands against the KPI's target.</summary>
public sealed class KpiFigure
{
    public TemplateKpi Kpi { get; init; } = new();
    public double? Value { get; init; }
    public KpiStatus Status { get; init; }

    /// <summary>How many rows the figure was computed from.</summary>
    public int RowCount { get; init; }
}
