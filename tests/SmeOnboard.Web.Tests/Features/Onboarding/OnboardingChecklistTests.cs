using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Onboarding;

/// <summary>The checklist on a firm's home page reads "first app" and "invite a colleague" from the firm's own data.</summary>
public sealed partial class OnboardingChecklistTests(PortalFactory portal)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> HomeAsync(TestFirm firm) =>
        (await HtmlPage.LoadAsync(await portal.SignInAsync(firm.AdminEmail, firm.Password), "/home")).Html;

    // The checklist items in order: profile, assessment, template, workflow, app, invite. Blazor renders a true bool
    // attribute bare and leaves a false one out; the text form is accepted as well.
    private static IReadOnlyList<bool> Done(string html) =>
        ChecklistItem().Matches(html)
            .Select(m => m.Value.Contains("data-done", StringComparison.Ordinal) && !m.Value.Contains("data-done=\"False\"", StringComparison.OrdinalIgnoreCase))
            .ToList();

    [GeneratedRegex("<[^>]*data-testid=\"checklist-item\"[^>]*>")]
    private static partial Regex ChecklistItem();

    [Fact]
    public async Task A_new_firm_has_neither_a_first_app_nor_a_colleague_ticked()
    {
        var firm = await portal.RegisterFirmAsync("Checklist");

        var done = Done(await HomeAsync(firm));

        Assert.Equal(6, done.Count);
        Assert.Equal((false, false), (done[4], done[5]));
    }

    [Fact]
    public async Task Installing_an_app_ticks_the_first_app_and_adds_to_the_progress()
    {
        var firm = await portal.RegisterFirmAsync("AppChecklist");
        var before = await HomeAsync(firm);
        var scopes = await portal.ActAsAsync(firm.AdminEmail, async services =>
            (await services.GetRequiredService<CatalogueStore>().FindAsync("shopfloor-andon", Ct))!.ReadManifest().DataScopes.Select(s => s.Scope).ToList());
        Assert.True(await portal.ActAsAsync(firm.AdminEmail, async services =>
            (await services.GetRequiredService<AppInstallStore>().InstallForCurrentAsync("shopfloor-andon", scopes, Ct)).Succeeded));

        var after = await HomeAsync(firm);

        Assert.True(Done(after)[4]);
        Assert.Equal(Done(before).Count(d => d) + 1, Done(after).Count(d => d));
    }

    [Fact]
    public async Task Sending_an_invitation_ticks_invite_a_colleague()
    {
        var firm = await portal.RegisterFirmAsync("InviteChecklist");
        await portal.ActAsAsync(firm.AdminEmail, async services =>
            (await services.GetRequiredService<InvitationStore>().CreateAsync(firm.OrgId, PortalServices.UniqueEmail("colleague"), Roles.FirmMember, Ct)).Invitation);

        Assert.True(Done(await HomeAsync(firm))[5]);
    }
}
