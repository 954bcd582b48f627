using SmeOnboard.E2E.Components.Layout;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Features.Home;
using SmeOnboard.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Account;

public sealed class SignUpJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_newcomer_signs_up_a_firm_and_lands_on_the_workspace_with_a_welcome_and_their_name()
    {
        var signUp = new SignUpFirmPage(Page);
        await signUp.GotoAsync();

        await signUp.SignUpAsync("Huadong Fasteners Co.", "Liu Yang", UniqueEmail.For("liu.yang"), TestPasswords.NewAccount);

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/home(\\?|$)"));
        await Page.WaitUntilInteractiveAsync();
        var workspace = new WorkspacePage(Page);
        await Expect(workspace.Welcome).ToBeVisibleAsync();
        await Expect(workspace.Welcome).ToContainTextAsync("Welcome to SmeOnboard");
        await Expect(new AppBar(Page).UserName).ToContainTextAsync("Liu Yang");
    }
}
