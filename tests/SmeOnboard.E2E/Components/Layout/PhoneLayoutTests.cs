using Microsoft.Playwright;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Features.Home;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Components.Layout;

public sealed class PhoneLayoutTests(PortalFixture portal) : BrowserTest(portal)
{
    private const int PhoneWidth = 375;

    // Sub-pixel rounding can add a pixel or two without anything being cut off.
    private const int Tolerance = 2;

    protected override ViewportSize Viewport => new() { Width = PhoneWidth, Height = 812 };

    [Fact]
    public async Task On_a_phone_the_landing_page_needs_no_horizontal_scrolling()
    {
        var landing = new LandingPage(Page);
        await landing.GotoAsync();
        await Expect(landing.StartFree).ToBeVisibleAsync();

        Assert.InRange(await ScrollWidthAsync(), 0, PhoneWidth + Tolerance);
        Assert.InRange(await new AppBar(Page).ControlsRightEdgeAsync(), 0, PhoneWidth + Tolerance);
    }

    [Fact]
    public async Task On_a_phone_the_sign_in_page_needs_no_horizontal_scrolling()
    {
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();

        Assert.InRange(await ScrollWidthAsync(), 0, PhoneWidth + Tolerance);
        Assert.InRange(await new AppBar(Page).ControlsRightEdgeAsync(), 0, PhoneWidth + Tolerance);
    }

    [Fact]
    public async Task On_a_phone_a_signed_in_user_sees_sign_out_within_the_screen()
    {
        var signIn = new SignInPage(Page);
        var appBar = new AppBar(Page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(DemoAccounts.FirmMemberEmail, TestPasswords.Demo);
        await Page.WaitUntilInteractiveAsync();

        await Expect(appBar.SignOutButton).ToBeInViewportAsync(new() { Ratio = 1 });
        Assert.InRange(await ScrollWidthAsync(), 0, PhoneWidth + Tolerance);
        Assert.InRange(await appBar.ControlsRightEdgeAsync(), 0, PhoneWidth + Tolerance);
    }

    private Task<int> ScrollWidthAsync() => Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
}
