using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Components.Layout;

/// <summary>The bar across the top of every page: language, the signed-in person, sign in and out.</summary>
public sealed class AppBar(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public ILocator UserName => Page.GetByTestId("user-name");

    public ILocator SignInLink => Page.GetByTestId("sign-in-link");

    public ILocator SignOutButton => Page.GetByTestId("sign-out");

    public ILocator LanguageLink(string culture) => Page.GetByTestId($"language-{culture}");

    /// <summary>
    /// The right edge of the rightmost link or button in the bar. The bar is fixed, so a control pushed past the
    /// window's edge is simply out of reach: the page's own scroll width does not show it.
    /// </summary>
    public Task<double> ControlsRightEdgeAsync() => Page.EvaluateAsync<double>(
        "() => Math.max(0, ...[...document.querySelectorAll('.mud-appbar a, .mud-appbar button')].map(e => e.getBoundingClientRect().right))");

    public Task SignOutAsync() => ClickAndWaitForLoadAsync(SignOutButton);

    /// <summary>The switch is a plain link that sets a cookie and comes back to the same page.</summary>
    public Task SwitchLanguageAsync(string culture) => ClickAsync(LanguageLink(culture));
}
