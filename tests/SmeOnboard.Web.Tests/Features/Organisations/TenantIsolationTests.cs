using System.Net;
using System.Net.Http.Json;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Organisations;

/// <summary>Signed in as firm A, nothing of firm B can be read, changed or seen, however it is asked for.</summary>
public sealed class TenantIsolationTests(PortalFactory portal, TwoFirms firms) : IClassFixture<TwoFirms>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_firms_audit_entry_answers_not_found()
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);
        var own = await client.GetFromJsonAsync<AuditEntry>($"/api/v1/audit/{firms.FirmAAuditEntry.Id}", ApiJson.Options, Cancel);
        Assert.Equal(firms.FirmAAuditEntry.Summary, own!.Summary);

        var response = await client.GetAsync($"/api/v1/audit/{firms.FirmBAuditEntry.Id}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Revoking_another_firms_invitation_answers_not_found_and_leaves_it_pending()
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);

        var response = await client.DeleteAsync($"/api/v1/organisation/invitations/{firms.FirmBInvitation.Id}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(await firms.FirmBPendingInvitationsAsync(), i => i.Id == firms.FirmBInvitation.Id);
    }

    [Fact]
    public async Task The_organisation_api_returns_the_callers_own_firm()
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        var organisation = await client.GetFromJsonAsync<Organisation>("/api/v1/organisation", ApiJson.Options, Cancel);

        Assert.Equal(TwoFirms.FirmAName, organisation!.Name);
        Assert.NotEqual(firms.FirmB.OrgId, organisation.Id);
    }

    [Fact]
    public async Task The_members_api_lists_only_the_callers_firm()
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        var members = await client.GetFromJsonAsync<List<Member>>("/api/v1/organisation/members", ApiJson.Options, Cancel) ?? [];

        var emails = members.Select(m => m.Email).ToList();
        Assert.Contains(DemoAccounts.FirmAdminEmail, emails);
        Assert.Contains(DemoAccounts.FirmMemberEmail, emails);
        Assert.DoesNotContain(firms.FirmB.AdminEmail, emails);
        Assert.All(emails, email => Assert.EndsWith("@lianda-metal.example", email));
    }

    [Theory]
    [InlineData("/organisation", TwoFirms.FirmAName)]
    [InlineData("/organisation/members", DemoAccounts.FirmMemberEmail)]
    [InlineData("/organisation/audit", "member.invited")]
    public async Task Workspace_pages_show_the_callers_firm_and_nothing_of_another(string page, string ownData)
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);

        var html = (await HtmlPage.LoadAsync(client, page)).Html;

        Assert.Contains(ownData, html, StringComparison.Ordinal);
        Assert.All(firms.FirmBTraces, trace => Assert.DoesNotContain(trace, html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_members_page_lists_only_the_callers_own_pending_invitations()
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);

        var html = (await HtmlPage.LoadAsync(client, "/organisation/members")).Html;

        Assert.Contains(firms.FirmAInviteeEmail, html, StringComparison.Ordinal);
        Assert.DoesNotContain(firms.FirmBInviteeEmail, html, StringComparison.Ordinal);
    }
}
