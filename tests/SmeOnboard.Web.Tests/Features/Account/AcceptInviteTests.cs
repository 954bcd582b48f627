using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Features.Organisations;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Account;

/// <summary>Joining an organisation through the emailed invitation link.</summary>
public sealed class AcceptInviteTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_emailed_invitation_lets_a_new_person_join_the_firm_as_a_member()
    {
        var firm = await portal.RegisterFirmAsync("Inviting");
        var invitee = PortalServices.UniqueEmail("invitee");
        await InviteAsync(firm, invitee);
        var mail = await portal.SingleMailToAsync(invitee);
        Assert.Contains(firm.Name, mail.Subject, StringComparison.Ordinal);
        var client = portal.CreateBrowser();

        var response = await AcceptAsync(client, mail.LinkTo("/account/accept-invite"), "Newcomer Liu");

        response.AssertRedirectsTo("/home?welcome=1");
        var me = await client.GetFromJsonAsync<MeResponse>("/api/v1/me", ApiJson.Options, Cancel);
        Assert.Equal("Newcomer Liu", me!.Name);
        Assert.Equal(firm.OrgId, me.OrganisationId);
        Assert.Equal([Roles.FirmMember], me.Roles);
    }

    [Fact]
    public async Task An_unknown_invitation_token_shows_the_problem_instead_of_a_form()
    {
        var page = await HtmlPage.LoadAsync(portal.CreateBrowser(), "/account/accept-invite?token=0123456789abcdef");

        Assert.Equal(portal.English("Errors.InvitationUnknown"), page.RequireTestId("invite-problem").TextContent.Trim());
        Assert.Empty(page.Document.QuerySelectorAll("form input[name='Input.Password']"));
    }

    [Fact]
    public async Task An_invitation_link_works_only_once()
    {
        var firm = await portal.RegisterFirmAsync("Once");
        var invitee = PortalServices.UniqueEmail("invitee");
        await InviteAsync(firm, invitee);
        var link = (await portal.SingleMailToAsync(invitee)).LinkTo("/account/accept-invite");
        (await AcceptAsync(portal.CreateBrowser(), link, "First Use")).AssertRedirectsTo("/home?welcome=1");

        var page = await HtmlPage.LoadAsync(portal.CreateBrowser(), link);

        Assert.Equal(portal.English("Errors.InvitationUsed"), page.RequireTestId("invite-problem").TextContent.Trim());
    }

    [Fact]
    public async Task A_revoked_invitation_can_no_longer_be_accepted()
    {
        var firm = await portal.RegisterFirmAsync("Revoking");
        var invitee = PortalServices.UniqueEmail("invitee");
        var invitation = await InviteAsync(firm, invitee);
        var admin = await portal.SignInAsync(firm.AdminEmail, firm.Password);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/organisation/invitations/{invitation.Id}", Cancel)).StatusCode);

        var page = await HtmlPage.LoadAsync(portal.CreateBrowser(), (await portal.SingleMailToAsync(invitee)).LinkTo("/account/accept-invite"));

        Assert.Equal(portal.English("Errors.InvitationRevoked"), page.RequireTestId("invite-problem").TextContent.Trim());
    }

    private Task<Invitation> InviteAsync(TestFirm firm, string invitee) =>
        portal.ActAsAsync(firm.AdminEmail, async services =>
        {
            var result = await services.GetRequiredService<MemberInvitations>().InviteToCurrentAsync(invitee, Roles.FirmMember, Browser.BaseAddress);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            return result.Value;
        });

    private static async Task<HttpResponseMessage> AcceptAsync(HttpClient client, string link, string displayName)
    {
        var page = await HtmlPage.LoadAsync(client, link);
        page.RequireTestId("invite-intro");
        var form = page.Form("accept-invite");
        form["Input.DisplayName"] = displayName;
        form["Input.Password"] = PortalServices.TestPassword;
        form["Input.ConfirmPassword"] = PortalServices.TestPassword;
        return await form.SubmitAsync(client);
    }
}
