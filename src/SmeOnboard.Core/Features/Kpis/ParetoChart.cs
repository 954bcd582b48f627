using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Kpis;

/// <summary>The Pareto ranking of one table's categories over a dashboard's period.</summary>
public sealed class ParetoChart
{
    public TemplateTable Table { get; init; } = new();
    public ParetoSource Source { get; init; } = new();
    public IReadOnlyList<ParetoBar> Bars { get; init; } = [];
}
