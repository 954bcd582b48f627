using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Account.Pages;

/// <summary>/account/signup/firm: the firm's profile and its first person, on one statically rendered form.</summary>
public sealed class SignUpFirmPage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public const string Path = "/account/signup/firm";

    public ILocator OrganisationName => Page.GetByTestId("organisation-name");

    public ILocator Region => Page.GetByTestId("region");

    public ILocator Industry => Page.GetByTestId("industry");

    public ILocator Headcount => Page.GetByTestId("headcount");

    public ILocator Turnover => Page.GetByTestId("turnover");

    public ILocator DisplayName => Page.GetByTestId("display-name");

    public ILocator Email => Page.GetByTestId("email");

    public ILocator Password => Page.GetByTestId("password");

    public ILocator ConfirmPassword => Page.GetByTestId("confirm-password");

    public ILocator AcceptTerms => Page.GetByTestId("accept-terms");

    public ILocator Submit => Page.GetByTestId("sign-up-submit");

    public ILocator FormError => Page.GetByTestId("form-error");

    public async Task GotoAsync()
    {
        await Page.GotoAsync(Path);
        await Expect(Submit).ToBeVisibleAsync();
    }

    /// <summary>Fills every field (each list gets its first real choice unless an industry is named) and posts the form.</summary>
    public async Task SignUpAsync(string organisationName, string displayName, string email, string password, string? industryCode = null)
    {
        await FillAsync(OrganisationName, organisationName);
        foreach (var (choice, wanted) in new[] { (Region, null), (Industry, industryCode), (Headcount, null), (Turnover, null) })
        {
            // Index 0 is the "Choose…" placeholder.
            await SelectAsync(choice, wanted ?? (await choice.Locator("option").Nth(1).GetAttributeAsync("value"))!);
        }
        await FillAsync(DisplayName, displayName);
        await FillAsync(Email, email);
        await FillAsync(Password, password);
        await FillAsync(ConfirmPassword, password);
        await CheckAsync(AcceptTerms);
        await ClickAndWaitForLoadAsync(Submit);
    }
}
