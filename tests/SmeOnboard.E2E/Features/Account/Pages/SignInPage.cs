using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Account.Pages;

/// <summary>/account/signin: a statically rendered form, so there is no interactive marker to wait for.</summary>
public sealed class SignInPage(IPage page)
{
    public const string Path = "/account/signin";

    public ILocator Email => page.GetByTestId("email");

    public ILocator Password => page.GetByTestId("password");

    public ILocator Submit => page.GetByTestId("sign-in-submit");

    public ILocator FormError => page.GetByTestId("form-error");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await Expect(Submit).ToBeVisibleAsync();
    }

    /// <summary>Fills and posts the form, then waits for whatever page the portal answers with.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await page.ClickAndWaitForLoadAsync(Submit);
    }
}
