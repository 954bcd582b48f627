using System.Text.RegularExpressions;
using SmeOnboard.E2E.Components.Layout;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Features.Home;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Account;

public sealed partial class SignInJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_demo_user_signs_in_and_signing_out_returns_to_a_page_with_the_sign_in_link()
    {
        var signIn = new SignInPage(Page);
        var appBar = new AppBar(Page);
        await signIn.GotoAsync();

        await signIn.SignInAsync(DemoAccounts.FirmMemberEmail, TestPasswords.Demo);

        await Expect(Page).ToHaveURLAsync(HomeAddress());
        await Page.WaitUntilInteractiveAsync();
        await Expect(new WorkspacePage(Page).Title).ToContainTextAsync("Chen Jie");
        await Expect(appBar.UserName).ToContainTextAsync("Chen Jie");

        await appBar.SignOutAsync();

        await Expect(appBar.SignInLink).ToBeVisibleAsync();
        await Expect(appBar.UserName).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_wrong_password_shows_a_clear_message_and_the_user_stays_on_the_sign_in_page()
    {
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();

        await signIn.SignInAsync(DemoAccounts.VendorEmail, "Not-the-password-1");

        await Expect(signIn.FormError).ToBeVisibleAsync();
        await Expect(signIn.FormError).ToContainTextAsync("The email address or password is wrong");
        await Expect(Page).ToHaveURLAsync(SignInAddress());
        await Expect(signIn.Submit).ToBeVisibleAsync();
        await Expect(new AppBar(Page).UserName).ToHaveCountAsync(0);
    }

    [GeneratedRegex("/home$")]
    private static partial Regex HomeAddress();

    [GeneratedRegex("/account/signin$")]
    private static partial Regex SignInAddress();
}
