using Microsoft.Extensions.Time.Testing;
using SmeOnboard.Core.Features.Kpis;

namespace SmeOnboard.Core.Tests.Features.Kpis;

public sealed class KpiDashboardReaderTests
{
    private readonly InMemoryWorkspace _workspace = new();

    private KpiDashboardReader Reader => new(_workspace, TimeProvider.System);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_chosen_period_the_dashboard_covers_the_30_days_up_to_the_newest_row()
    {
        var installed = _workspace.Install(ShippedSamples.Template("oee-calculator"));

        var dashboard = await Reader.ReadAsync(installed.Id, cancellationToken: Cancel);

        Assert.Equal(new KpiPeriod(new DateOnly(2026, 2, 23), new DateOnly(2026, 3, 24)), dashboard!.Period);
        Assert.Equal(TrendStep.Day, dashboard.Step);
        Assert.Equal(72.5996, dashboard.Cards.Single(c => c.Figure.Kpi.Id == "oee").Figure.Value!.Value, precision: 4);
    }

    [Fact]
    public async Task A_chosen_period_changes_the_figures_and_the_rows()
    {
        var installed = _workspace.Install(ShippedSamples.Template("oee-calculator"));
        var day = new DateOnly(2026, 3, 2);

        var dashboard = await Reader.ReadAsync(installed.Id, new KpiPeriod(day, day), Cancel);

        Assert.Equal(72.8271, dashboard!.Cards.Single(c => c.Figure.Kpi.Id == "oee").Figure.Value!.Value, precision: 4);
        Assert.Equal(8, dashboard.Table("shift_production")!.Rows.Count);
    }

    [Fact]
    public async Task An_installation_the_firm_does_not_have_reads_as_missing()
    {
        Assert.Null(await Reader.ReadAsync(Guid.NewGuid(), cancellationToken: Cancel));
    }

    [Fact]
    public async Task The_downtime_dashboard_has_a_pareto_of_reasons()
    {
        var installed = _workspace.Install(ShippedSamples.Template("machine-downtime"));

        var dashboard = await Reader.ReadAsync(installed.Id, cancellationToken: Cancel);

        var pareto = Assert.Single(dashboard!.Paretos);
        Assert.Equal("reason_code", pareto.Source.Category.Name);
        Assert.Equal("BRK", pareto.Bars[0].Category);
    }

    [Fact]
    public async Task A_workspace_without_rows_falls_back_to_the_30_days_up_to_today()
    {
        var installed = _workspace.Install(ShippedSamples.Template("maintenance-orders"));
        _workspace.Replace(installed.Id, "maintenance_orders", []);
        var today = new DateTimeOffset(2026, 5, 10, 9, 0, 0, TimeSpan.Zero);

        var dashboard = await new KpiDashboardReader(_workspace, new FakeTimeProvider(today)).ReadAsync(installed.Id, cancellationToken: Cancel);

        Assert.Equal(KpiPeriod.LastDays(new DateOnly(2026, 5, 10), 30), dashboard!.Period);
        Assert.All(dashboard.Cards, card => Assert.Equal(KpiStatus.NoValue, card.Figure.Status));
    }

    [Theory]
    [InlineData("oee-calculator", "oee")]
    [InlineData("quality-inspection", "first_pass_yield")]
    [InlineData("maintenance-orders", "open_orders")]
    public async Task The_kpis_the_dashboards_promise_have_a_value_from_the_sample_data(string slug, string kpiId)
    {
        var installed = _workspace.Install(ShippedSamples.Template(slug));

        var dashboard = await Reader.ReadAsync(installed.Id, cancellationToken: Cancel);

        Assert.NotNull(dashboard!.Cards.Single(c => c.Figure.Kpi.Id == kpiId).Figure.Value);
    }
}
