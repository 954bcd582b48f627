using SmeOnboard.E2E.Components.Layout;
using SmeOnboard.E2E.Features.Home;
using SmeOnboard.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Preferences;

public sealed class LanguageJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task Switching_to_Chinese_shows_Chinese_text_that_survives_a_reload_and_switching_back_shows_English()
    {
        var landing = new LandingPage(Page);
        var appBar = new AppBar(Page);
        await landing.GotoAsync();
        await Expect(appBar.SignInLink).ToHaveTextAsync("Sign in");

        await appBar.SwitchLanguageAsync("zh-CN");

        await Expect(appBar.SignInLink).ToHaveTextAsync("登录");
        await Expect(landing.Content).ToContainTextAsync("数字化");

        await Page.ReloadAsync();
        await Page.WaitUntilInteractiveAsync();

        await Expect(appBar.SignInLink).ToHaveTextAsync("登录");
        await Expect(landing.Content).ToContainTextAsync("数字化");

        await appBar.SwitchLanguageAsync("en");

        await Expect(appBar.SignInLink).ToHaveTextAsync("Sign in");
        await Expect(landing.Content).ToContainTextAsync("Go digital");

        await Page.ReloadAsync();
        await Page.WaitUntilInteractiveAsync();

        await Expect(appBar.SignInLink).ToHaveTextAsync("Sign in");
    }
}
