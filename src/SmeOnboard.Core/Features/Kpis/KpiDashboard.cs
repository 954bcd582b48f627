using SmeOnboard.Core.Features.Workspace;

namespace SmeOnboard.Core.Features.Kpis;

/// <summary>An installed template's KPIs, Pareto charts and rows over one period.</summary>
public sealed class KpiDashboard
{
    public InstalledTemplate Installation { get; init; } = new();
    public KpiPeriod Period { get; init; }
    public TrendStep Step { get; init; }
    public IReadOnlyList<KpiCard> Cards { get; init; } = [];
    public IReadOnlyList<ParetoChart> Paretos { get; init; } = [];
    public IReadOnlyList<KpiTableRows> Tables { get; init; } = [];

    public KpiTableRows? Table(string tableId) => Tables.FirstOrDefault(t => t.Table.Id == tableId);
}
