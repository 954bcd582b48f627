using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Features.Audit;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Marketplace;

public sealed class InstallJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    // A free app with two scopes that no other journey installs, so one can be revoked and the other stays.
    private const string AppName = "Andon Board";
    private const string RevokedScope = "workflows.write";
    private const string KeptScope = "people.read";

    [Fact]
    public async Task A_firm_admin_finds_a_free_app_reads_what_it_may_access_installs_it_with_consent_and_revokes_one_scope_which_the_audit_log_records()
    {
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(DemoAccounts.FirmAdminEmail, TestPasswords.Demo);
        var catalogue = new CataloguePage(Page);
        await catalogue.GotoAsync();
        await Expect(catalogue.PaidCards.First).ToBeVisibleAsync();

        await catalogue.ShowFreeOnlyAsync();
        await Expect(catalogue.PaidCards).ToHaveCountAsync(0);
        await Expect(catalogue.Card("Skills Matrix")).ToBeVisibleAsync();
        await catalogue.SearchForAsync("Andon");
        await Expect(catalogue.Card("Skills Matrix")).ToHaveCountAsync(0);
        await Expect(catalogue.Card(AppName)).ToBeVisibleAsync();

        await catalogue.OpenAsync(AppName);
        var app = new AppPage(Page);
        await Expect(app.Name).ToHaveTextAsync(AppName);
        await Expect(app.DisclosedScopes).ToContainTextAsync(KeptScope);
        await Expect(app.DisclosedScopes).ToContainTextAsync(RevokedScope);
        await Expect(app.DisclosedStorage).ToBeVisibleAsync();
        await Expect(app.Consents).ToHaveCountAsync(2);
        await Expect(app.Install).ToBeDisabledAsync();
        await app.ConsentToEveryScopeAsync();
        await Expect(app.Install).ToBeEnabledAsync();
        await app.Install.ClickAsync();
        await Expect(app.Installed).ToBeVisibleAsync();

        var installed = new InstalledAppsPage(Page);
        await installed.GotoAsync();
        await Expect(installed.ScopeState(AppName, RevokedScope)).ToContainTextAsync("Granted");
        await installed.Revoke(AppName, RevokedScope).ClickAsync();
        await Expect(installed.ScopeState(AppName, RevokedScope)).ToContainTextAsync("Revoked");
        await Expect(installed.Revoke(AppName, RevokedScope)).ToHaveCountAsync(0);
        await Expect(installed.ScopeState(AppName, KeptScope)).ToContainTextAsync("Granted");
        await Expect(installed.Revoke(AppName, KeptScope)).ToBeVisibleAsync();

        var audit = new OrganisationAuditPage(Page);
        await audit.GotoAsync();
        await Expect(audit.Entry("marketplace.app-installed", $"{AppName} ")).ToHaveCountAsync(1);
        await Expect(audit.Entry("marketplace.app-installed", $"consent to {KeptScope}, {RevokedScope}")).ToHaveCountAsync(1);
        await Expect(audit.Entry("marketplace.scope-revoked", $"Data scope {RevokedScope} revoked from {AppName}")).ToHaveCountAsync(1);
    }
}
