using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Account.Pages;

/// <summary>/account/signup/firm: the firm's profile and its first person, on one statically rendered form.</summary>
public sealed class SignUpFirmPage(IPage page)
{
    public const string Path = "/account/signup/firm";

    public ILocator OrganisationName => page.GetByTestId("organisation-name");

    public ILocator Region => page.GetByTestId("region");

    public ILocator Industry => page.GetByTestId("industry");

    public ILocator Headcount => page.GetByTestId("headcount");

    public ILocator Turnover => page.GetByTestId("turnover");

    public ILocator DisplayName => page.GetByTestId("display-name");

    public ILocator Email => page.GetByTestId("email");

    public ILocator Password => page.GetByTestId("password");

    public ILocator ConfirmPassword => page.GetByTestId("confirm-password");

    public ILocator AcceptTerms => page.GetByTestId("accept-terms");

    public ILocator Submit => page.GetByTestId("sign-up-submit");

    public ILocator FormError => page.GetByTestId("form-error");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await Expect(Submit).ToBeVisibleAsync();
    }

    /// <summary>Fills every field (each list gets its first real choice) and posts the form.</summary>
    public async Task SignUpAsync(string organisationName, string displayName, string email, string password)
    {
        await OrganisationName.FillAsync(organisationName);
        foreach (var choice in new[] { Region, Industry, Headcount, Turnover })
        {
            // Index 0 is the "Choose…" placeholder.
            await choice.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        }
        await DisplayName.FillAsync(displayName);
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await ConfirmPassword.FillAsync(password);
        await AcceptTerms.CheckAsync();
        await page.ClickAndWaitForLoadAsync(Submit);
    }
}
