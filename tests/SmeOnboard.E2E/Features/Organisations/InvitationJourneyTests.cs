using System.Text.Json;
using System.Text.RegularExpressions;
using SmeOnboard.Core.Identity;
using SmeOnboard.E2E.Components.Layout;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Features.Home;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Organisations;

public sealed partial class InvitationJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_firm_admin_invites_a_colleague_who_follows_the_emailed_link_and_joins_the_workspace_as_a_member()
    {
        var colleagueEmail = UniqueEmail.For("zhang.wei", "lianda-metal.example");
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(DemoAccounts.FirmAdminEmail, TestPasswords.Demo);
        var members = new MembersPage(Page);
        await members.GotoAsync();

        await members.InviteAsync(colleagueEmail);

        await Expect(members.InvitationsTable).ToContainTextAsync(colleagueEmail);
        var email = await Portal.Mailbox.WaitForMessageToAsync(colleagueEmail);
        Assert.Contains("Lianda Precision Metal Parts", email.Subject);
        var link = InvitationLink().Match(email.TextBody ?? "");
        Assert.True(link.Success, $"No invitation link in the email:\n{email.TextBody}");

        var colleague = await OpenBrowserAsync();
        var accept = new AcceptInvitePage(colleague);
        await accept.OpenAsync(link.Value);
        await Expect(accept.Intro).ToContainTextAsync("Lianda Precision Metal Parts");
        await accept.AcceptAsync("Zhang Wei", TestPasswords.NewAccount);

        await Expect(colleague).ToHaveURLAsync(WorkspaceAddress());
        await colleague.WaitUntilInteractiveAsync();
        await Expect(new WorkspacePage(colleague).Welcome).ToBeVisibleAsync();
        await Expect(new AppBar(colleague).UserName).ToContainTextAsync("Zhang Wei");
        var me = await colleague.APIRequest.GetAsync("/api/v1/me");
        Assert.True(me.Ok, $"/api/v1/me answered {me.Status}");
        var roles = (await me.JsonAsync())!.Value.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal([Roles.FirmMember], roles);
    }

    [GeneratedRegex(@"https?://\S+/account/accept-invite\?token=\S+")]
    private static partial Regex InvitationLink();

    [GeneratedRegex(@"/home(\?|$)")]
    private static partial Regex WorkspaceAddress();
}
