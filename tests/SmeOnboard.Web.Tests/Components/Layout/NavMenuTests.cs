using Bunit;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Components.Layout;

/// <summary>The drawer shows each person the entries whose policy they meet, in the modules' order.</summary>
public sealed class NavMenuTests : PortalComponentContext
{
    private static readonly string[] Workspace = ["/", "/home", "/organisation", "/organisation/members", "/organisation/audit", "/account/security"];

    [Fact]
    public void Anonymous_visitors_see_only_the_public_entry()
    {
        var menu = Render<NavMenu>();

        Assert.Equal(["/"], Hrefs(menu));
    }

    [Theory]
    [InlineData(Roles.FirmMember)]
    [InlineData(Roles.FirmAdmin)]
    [InlineData(Roles.VendorDeveloper)]
    [InlineData(Roles.GovOfficer)]
    public void Organisation_members_see_their_workspace_and_no_platform_administration(string role)
    {
        SignInAs(role);

        var menu = Render<NavMenu>();

        Assert.Equal(Workspace, Hrefs(menu));
    }

    [Fact]
    public void Platform_admins_also_see_agencies_platform_audit_and_outgoing_mail()
    {
        SignInAs(Roles.PlatformAdmin);

        var menu = Render<NavMenu>();

        Assert.Equal(["/", "/home", "/organisation", "/organisation/members", "/organisation/audit", "/admin/agencies", "/admin/audit", "/admin/mail", "/account/security"],
            Hrefs(menu));
        Assert.Equal(
            ["Government agencies", "Platform audit log", "Outgoing mail"],
            new[] { "nav-admin-agencies", "nav-admin-audit", "nav-admin-mail" }.Select(id => menu.Find($"[data-testid='{id}']").TextContent.Trim()));
    }

    [Fact]
    public void Entries_are_labelled_in_the_readers_language()
    {
        SignInAs(Roles.FirmMember);

        var menu = Render<NavMenu>();

        Assert.Equal("Members", menu.Find("[data-testid='nav-organisation-members']").TextContent.Trim());
    }

    private static IReadOnlyList<string?> Hrefs(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("[data-testid='nav-menu'] a").Select(a => a.GetAttribute("href")).ToList();
}
