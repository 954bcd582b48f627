using Bunit;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Components.Layout;

public sealed class UserMenuTests : PortalComponentContext
{
    [Fact]
    public void Anonymous_visitors_are_offered_sign_in_and_sign_up()
    {
        var menu = Render<UserMenu>();

        Assert.Equal("/account/signin", menu.Find("[data-testid='sign-in-link']").GetAttribute("href"));
        Assert.Contains(menu.FindAll("a"), a => a.GetAttribute("href") == "/account/signup" && a.TextContent.Trim() == "Sign up");
        Assert.Empty(menu.FindAll("[data-testid='sign-out']"));
    }

    [Fact]
    public void Signed_in_people_see_their_name_and_organisation_and_can_sign_out()
    {
        SignInAs(Roles.FirmAdmin, "Wang Li", "Lianda Precision Metal Parts");

        var menu = Render<UserMenu>();

        Assert.Equal("Wang Li · Lianda Precision Metal Parts", menu.Find("[data-testid='user-name']").TextContent.Trim());
        var signOut = menu.Find("[data-testid='sign-out']");
        Assert.Equal("submit", signOut.GetAttribute("type"));
        var form = signOut.Closest("form")!;
        Assert.Equal(("post", "account/signout"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Empty(menu.FindAll("[data-testid='sign-in-link']"));
    }
}
