using SmeOnboard.Core.Features.Workspace;

namespace SmeOnboard.Core.Features.Kpis;

/// <summary>
/// Builds the acting firm's dashboard of one installed template from its workspace rows. Without a chosen period it
/// covers the 30 days up to the newest dated row, so freshly installed sample data shows at once whatever today is.
/// </summary>
public sealed class KpiDashboardReader(IWorkspaceData workspace, TimeProvider clock)
{
    public const int DefaultDays = 30;

    /// <summary>The dashboard, or null when the installation is not this firm's.</summary>
    public async Task<KpiDashboard?> ReadAsync(Guid installationId, KpiPeriod? period = null, CancellationToken cancellationToken = default)
    {
        if (await workspace.FindInstalledAsync(installationId, cancellationToken) is not { } installed)
            return null;
        var all = new List<KpiTableRows>();
        foreach (var table in installed.Manifest.Tables)
            all.Add(new KpiTableRows { Table = table, Rows = await workspace.ReadRowsAsync(installationId, table.Id, cancellationToken) });

        var chosen = period ?? DefaultPeriod(all);
        var step = KpiCalculator.StepFor(chosen);
        var tables = all.Select(t => new KpiTableRows { Table = t.Table, Rows = KpiRows.InPeriod(t.Table, t.Rows, chosen) }).ToList();
        var cards = installed.Manifest.Kpis
            .Select(kpi => (Kpi: kpi, Rows: tables.FirstOrDefault(t => t.Table.Id == kpi.Table)))
            .Where(k => k.Rows is not null)
            .Select(k => new KpiCard
            {
                Figure = KpiCalculator.Figure(k.Kpi, k.Rows!.Rows),
                Table = k.Rows.Table,
                Trend = KpiCalculator.Trend(k.Kpi, k.Rows.Table, k.Rows.Rows, step),
                IsDated = KpiRows.DateColumn(k.Rows.Table) is not null,
            })
            .ToList();
        var paretos = tables
            .Select(t => (t.Table, t.Rows, Source: ParetoSource.For(t.Table)))
            .Where(t => t.Source is not null)
            .Select(t => new ParetoChart { Table = t.Table, Source = t.Source!, Bars = KpiCalculator.Pareto(t.Source!, t.Rows) })
            .ToList();
        return new KpiDashboard { Installation = installed, Period = chosen, Step = step, Cards = cards, Paretos = paretos, Tables = tables };
    }

    private KpiPeriod DefaultPeriod(IEnumerable<KpiTableRows> tables)
    {
        var newest = tables.Select(t => KpiRows.Newest(t.Table, t.Rows)).Max()
            ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return KpiPeriod.LastDays(newest, DefaultDays);
    }
}
