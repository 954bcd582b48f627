using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vouchers.Reports;

/// <summary>The dashboard and its CSV over HTTP: for the demo agency's officer, and refused for another agency's programme.</summary>
public sealed class ProgrammeDashboardHttpTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_officer_sees_the_programmes_figures_and_charts()
    {
        var programmeId = await ProgrammeAsync(DemoAgencyOfficerAsync);
        var officer = await portal.SharedSignInAsync(DemoAccounts.OfficerEmail);

        var html = await officer.GetStringAsync($"/programmes/{programmeId}/dashboard", Cancel);

        Assert.Contains("CNY 12,345.67", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"chart-budget\"", html, StringComparison.Ordinal);
        Assert.Contains("No retaken assessments yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_figures_download_is_utf8_csv_with_a_byte_order_mark_in_minor_units()
    {
        var programmeId = await ProgrammeAsync(DemoAgencyOfficerAsync);
        var officer = await portal.SharedSignInAsync(DemoAccounts.OfficerEmail);

        using var response = await officer.GetAsync($"/programmes/{programmeId}/dashboard.csv", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith($"programme-{programmeId:N}-report-", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("section,key,name,measure,value,currency", lines[0]);
        Assert.Contains("budget,budget,Budget,amount_minor,1234567,CNY", lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".csv")]
    public async Task Another_agencys_programme_answers_404(string suffix)
    {
        var programmeId = await ProgrammeAsync(OtherAgencyOfficerAsync);
        var officer = await portal.SharedSignInAsync(DemoAccounts.OfficerEmail);

        using var response = await officer.GetAsync($"/programmes/{programmeId}/dashboard{suffix}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A published programme of CNY 12,345.67 created by <paramref name="officer"/>'s agency.</summary>
    private async Task<Guid> ProgrammeAsync(Func<IServiceProvider, Task<ClaimsPrincipal>> officer)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().Set(await officer(scope.ServiceProvider));
        var store = scope.ServiceProvider.GetRequiredService<ProgrammeStore>();
        var now = DateTimeOffset.UtcNow;
        var created = await store.CreateAsync(new ProgrammeDraft
        {
            NameEn = "Dashboard test", NameZh = "看板测试", DescriptionEn = "For the dashboard.", DescriptionZh = "用于看板。",
            OpensAt = now.AddHours(-1), ClosesAt = now.AddDays(30), BudgetMinor = 1_234_567, Currency = "CNY",
            Rules = new ProgrammeRules { CapPerFirmMinor = 100_000, Categories = ["quality"] },
        }, Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        return created.Value.Id;
    }

    private static async Task<ClaimsPrincipal> DemoAgencyOfficerAsync(IServiceProvider services)
    {
        var user = await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByEmailAsync(DemoAccounts.OfficerEmail);
        var membership = await services.GetRequiredService<MembershipStore>().FindForUserAsync(user!.Id);
        return Officer((await services.GetRequiredService<OrganisationStore>().FindAsync(membership!.OrgId))!, user.Id);
    }

    private static async Task<ClaimsPrincipal> OtherAgencyOfficerAsync(IServiceProvider services)
    {
        var agency = await services.GetRequiredService<OrganisationRegistration>().CreateAgencyAsync(
            new CompanyProfile { Name = $"Other Bureau {Guid.NewGuid():N}", Region = "CN-ZJ-NB" });
        return Officer(agency.Value, Guid.NewGuid());
    }

    private static ClaimsPrincipal Officer(Organisation agency, Guid userId) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(PortalClaimTypes.DisplayName, "Officer"),
        new Claim(ClaimTypes.Role, Roles.GovOfficer), new Claim(PortalClaimTypes.OrganisationId, agency.Id.ToString()),
        new Claim(PortalClaimTypes.OrganisationKind, agency.Kind.ToString()), new Claim(PortalClaimTypes.OrganisationName, agency.Name),
    ], "Test"));
}
