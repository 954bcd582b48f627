using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SmeOnboard.Core.Features.DeviceKpis;
using SmeOnboard.Core.Features.Kpis;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Features.Kpis;
using SmeOnboard.Web.Tests.Features.DeviceKpis;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Kpis;

/// <summary>The dashboard as rendered from a firm's workspace: figures against targets, the Pareto, the period filter and empty states.</summary>
public sealed class KpiDashboardTests : PortalComponentContext
{
    private readonly TestWorkspace _workspace = new();
    private readonly Guid _firm = Guid.NewGuid();

    public KpiDashboardTests()
    {
        Services.AddSingleton(_workspace.For(_firm));
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<KpiDashboardReader>();
        Services.AddSingleton<IDeviceLiveValues>(new FakeLiveValues(_firm, new DeviceLiveFeed()));
        SignInAs(Roles.FirmMember);
    }

    [Fact]
    public void The_oee_dashboard_shows_each_kpi_against_its_target_with_a_gauge_for_oee()
    {
        var installed = _workspace.Install(_firm, "oee-calculator");

        var cut = Render<KpiDashboardPage>(p => p.Add(c => c.InstallationId, installed.Id));

        var oee = Card(cut, "oee");
        Assert.Equal("72.6 %", oee.QuerySelector("[data-testid=kpi-value]")!.TextContent);
        Assert.Contains("at least 85 %", oee.QuerySelector("[data-testid=kpi-target]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Off target", oee.QuerySelector("[data-testid=kpi-status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(oee.QuerySelector("[data-testid=kpi-gauge]"));
        Assert.Equal(["availability", "performance", "quality", "oee"], cut.FindAll("[data-testid=kpi-card]").Select(c => c.GetAttribute("data-kpi")));
    }

    [Fact]
    public async Task Choosing_another_period_recomputes_the_figures_and_the_download_links()
    {
        var installed = _workspace.Install(_firm, "oee-calculator");
        var cut = Render<KpiDashboardPage>(p => p.Add(c => c.InstallationId, installed.Id));
        var picker = cut.FindComponent<MudDateRangePicker>();

        await cut.InvokeAsync(() => picker.Instance.DateRangeChanged.InvokeAsync(new DateRange(new DateTime(2026, 3, 2), new DateTime(2026, 3, 2))));

        Assert.Equal("72.8 %", Card(cut, "oee").QuerySelector("[data-testid=kpi-value]")!.TextContent);
        Assert.EndsWith("/figures.csv?from=2026-03-02&to=2026-03-02", cut.Find("[data-testid=export-figures]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("8 rows in this range", cut.Find("[data-testid=rows-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_without_rows_says_so_in_plain_words_on_every_kpi()
    {
        var installed = _workspace.Install(_firm, "oee-calculator");
        var cut = Render<KpiDashboardPage>(p => p.Add(c => c.InstallationId, installed.Id));
        var picker = cut.FindComponent<MudDateRangePicker>();

        await cut.InvokeAsync(() => picker.Instance.DateRangeChanged.InvokeAsync(new DateRange(new DateTime(2025, 1, 1), new DateTime(2025, 1, 31))));

        Assert.Equal("No rows in this range.", cut.Find("[data-testid=no-rows]").TextContent.Trim());
        Assert.All(cut.FindAll("[data-testid=kpi-no-value]"), e => Assert.Equal("No rows in this range", e.TextContent.Trim()));
        Assert.Equal(4, cut.FindAll("[data-testid=kpi-no-value]").Count);
        Assert.Empty(cut.FindAll("[data-testid=export-rows]"));
    }

    [Fact]
    public void The_downtime_dashboard_ranks_reasons_largest_first_up_to_the_whole()
    {
        var installed = _workspace.Install(_firm, "machine-downtime");

        var cut = Render<KpiDashboardPage>(p => p.Add(c => c.InstallationId, installed.Id));

        var rows = cut.FindAll("[data-testid=pareto-row]");
        Assert.StartsWith("BRK", rows[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("100 %", rows[^1].QuerySelector("[data-testid=pareto-cumulative]")!.TextContent);
    }

    [Fact]
    public void The_list_offers_a_dashboard_for_each_installed_template_with_kpis()
    {
        var oee = _workspace.Install(_firm, "oee-calculator");
        var orders = _workspace.Install(_firm, "maintenance-orders");

        var cut = Render<KpiIndex>();

        var links = cut.FindAll("[data-testid=dashboard-entry] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/kpis/{oee.Id}", $"/kpis/{orders.Id}"], links);
    }

    [Fact]
    public void A_firm_without_templates_is_pointed_to_the_gallery()
    {
        var cut = Render<KpiIndex>();

        Assert.Contains("No installed template has KPIs yet", cut.Find("[data-testid=no-dashboards]").TextContent, StringComparison.Ordinal);
    }

    private static AngleSharp.Dom.IElement Card(IRenderedComponent<KpiDashboardPage> cut, string kpiId) =>
        cut.Find($"[data-testid=kpi-card][data-kpi={kpiId}]");
}
