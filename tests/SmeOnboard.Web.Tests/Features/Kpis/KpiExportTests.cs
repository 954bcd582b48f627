using System.Net;
using System.Text;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Kpis;

/// <summary>The dashboard and its CSV downloads over HTTP, for the firm that installed the template and for another firm.</summary>
public sealed class KpiExportTests(KpiPortalFactory portal) : IClassFixture<KpiPortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_kpi_figures_download_is_utf8_csv_with_a_byte_order_mark_and_one_line_per_kpi()
    {
        var (client, installationId) = await FirmWithOeeAsync();

        using var response = await client.GetAsync($"/kpis/{installationId}/figures.csv", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("oee-calculator-kpis-2026-02-23-2026-03-24.csv", response.Content.Headers.ContentDisposition!.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("kpi,name,table,value,unit,target,better,status,rows,from,to", lines[0]);
        Assert.Equal("oee,OEE,shift_production,72.5996,%,85,higher,off-target,160,2026-02-23,2026-03-24", lines[4]);
    }

    [Fact]
    public async Task The_figures_download_names_kpis_in_chinese_for_a_chinese_reader()
    {
        var (client, installationId) = await FirmWithOeeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/kpis/{installationId}/figures.csv");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        using var response = await client.SendAsync(request, Cancel);

        var text = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync(Cancel))[3..]);
        Assert.Contains("oee,设备综合效率 OEE,shift_production,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rows_download_holds_only_the_rows_of_the_chosen_period()
    {
        var (client, installationId) = await FirmWithOeeAsync();

        var text = await client.GetStringAsync($"/kpis/{installationId}/tables/shift_production.csv?from=2026-03-02&to=2026-03-02", Cancel);

        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,shift,machine,planned_time_min,run_time_min,ideal_cycle_time_s,total_count,good_count", lines[0]);
        Assert.Equal(9, lines.Length);
        Assert.All(lines[1..], line => Assert.StartsWith("2026-03-02,", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_with_a_problem()
    {
        var (client, installationId) = await FirmWithOeeAsync();

        using var response = await client.GetAsync($"/kpis/{installationId}/figures.csv?from=2026-03-10&to=2026-03-01", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_dashboard_page_shows_the_firms_figures()
    {
        var (client, installationId) = await FirmWithOeeAsync();

        var html = await client.GetStringAsync($"/kpis/{installationId}", Cancel);

        Assert.Contains("72.6 %", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"kpi-gauge\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/figures.csv")]
    [InlineData("/tables/shift_production.csv")]
    public async Task Another_firms_installation_answers_404(string path)
    {
        var (_, installationId) = await FirmWithOeeAsync();
        var (otherFirm, _) = await FirmWithOeeAsync();

        using var response = await otherFirm.GetAsync($"/kpis/{installationId}{path}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_table_the_installation_does_not_have_answers_404()
    {
        var (client, installationId) = await FirmWithOeeAsync();

        using var response = await client.GetAsync($"/kpis/{installationId}/tables/downtime_events.csv", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(HttpClient Client, Guid InstallationId)> FirmWithOeeAsync()
    {
        var firm = await portal.RegisterFirmAsync("Kpi");
        var installed = portal.Workspace.Install(firm.OrgId, "oee-calculator");
        return (await portal.SignInAsync(firm.AdminEmail, firm.Password), installed.Id);
    }
}
