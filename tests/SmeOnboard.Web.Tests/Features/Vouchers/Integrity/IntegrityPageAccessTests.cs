using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vouchers.Integrity;

/// <summary>A programme's pages over HTTP: its own agency's officer sees them, another agency's gets 404 and nothing of it.</summary>
public sealed class IntegrityPageAccessTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("")]
    [InlineData("/integrity")]
    public async Task An_officer_of_another_agency_finds_no_such_programme_and_nothing_of_it(string page)
    {
        var (id, name) = await OtherAgencysProgrammeAsync();
        var client = await portal.SharedSignInAsync(DemoAccounts.OfficerEmail);

        using var response = await client.GetAsync($"/programmes/{id}{page}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(name, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agencys_own_officer_sees_the_integrity_page_of_its_programme()
    {
        var programme = await portal.ActAsAsync(DemoAccounts.OfficerEmail, services => services.GetRequiredService<ProgrammeStore>().ListAsync(Cancel));
        var client = await portal.SharedSignInAsync(DemoAccounts.OfficerEmail);

        var page = await HtmlPage.LoadAsync(client, $"/programmes/{programme[0].Id}/integrity");

        Assert.Contains(programme[0].NameEn, page.Text, StringComparison.Ordinal);
    }

    private Task<(Guid Id, string Name)> OtherAgencysProgrammeAsync() => portal.WithServicesAsync(async services =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var agency = (await services.GetRequiredService<OrganisationRegistration>().CreateAgencyAsync(
            new CompanyProfile { Name = $"Wuxi Bureau {suffix}", Region = "CN-JS-SZ" })).Value;
        services.GetRequiredService<CurrentPrincipal>().Set(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, Roles.GovOfficer),
            new Claim(PortalClaimTypes.DisplayName, "Other Officer"), new Claim(PortalClaimTypes.OrganisationId, agency.Id.ToString()),
            new Claim(PortalClaimTypes.OrganisationKind, nameof(OrganisationKind.Government)), new Claim(PortalClaimTypes.OrganisationName, agency.Name),
        ], "Test")));
        var name = $"Wuxi secret programme {suffix}";
        var created = await services.GetRequiredService<ProgrammeStore>().CreateAsync(new ProgrammeDraft
        {
            NameEn = name, NameZh = "无锡项目", DescriptionEn = "Other agency.", DescriptionZh = "其他机构。", OpensAt = DateTimeOffset.UtcNow.AddHours(-1),
            ClosesAt = DateTimeOffset.UtcNow.AddDays(30), BudgetMinor = 1_000_000, Currency = "CNY",
            Rules = new ProgrammeRules { Regions = ["CN-JS-SZ"], CoveragePercent = 50, CapPerFirmMinor = 100_000, ValidityDays = 30, Categories = ["production"] },
        }, Cancel);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        return (created.Value.Id, name);
    });
}
