using Microsoft.Playwright;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Features.Home;
using SmeOnboard.E2E.Infrastructure;
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
    }

    [Fact]
    public async Task On_a_phone_the_sign_in_page_needs_no_horizontal_scrolling()
    {
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();

        Assert.InRange(await ScrollWidthAsync(), 0, PhoneWidth + Tolerance);
    }

    private Task<int> ScrollWidthAsync() => Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
}
