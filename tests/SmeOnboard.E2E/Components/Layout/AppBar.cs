using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Components.Layout;

/// <summary>The bar across the top of every page: language, the signed-in person, sign in and out.</summary>
public sealed class AppBar(IPage page)
{
    public ILocator UserName => page.GetByTestId("user-name");

    public ILocator SignInLink => page.GetByTestId("sign-in-link");

    public ILocator SignOutButton => page.GetByTestId("sign-out");

    public ILocator LanguageLink(string culture) => page.GetByTestId($"language-{culture}");

    public Task SignOutAsync() => page.ClickAndWaitForLoadAsync(SignOutButton);

    /// <summary>The switch is a plain link that sets a cookie and comes back to the same page.</summary>
    public Task SwitchLanguageAsync(string culture) => LanguageLink(culture).ClickAsync();
}
