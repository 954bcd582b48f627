using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Account.Pages;

/// <summary>/account/accept-invite?token=…: the invited person names themselves and chooses a password.</summary>
public sealed class AcceptInvitePage(IPage page)
{
    public ILocator Intro => page.GetByTestId("invite-intro");

    public ILocator Problem => page.GetByTestId("invite-problem");

    public ILocator DisplayName => page.GetByTestId("display-name");

    public ILocator Password => page.GetByTestId("password");

    public ILocator ConfirmPassword => page.GetByTestId("confirm-password");

    public ILocator Submit => page.GetByTestId("accept-submit");

    /// <summary>Opens the link exactly as the email gave it.</summary>
    public async Task OpenAsync(string invitationLink)
    {
        await page.GotoAsync(invitationLink);
        await Expect(Intro).ToBeVisibleAsync();
    }

    public async Task AcceptAsync(string displayName, string password)
    {
        await DisplayName.FillAsync(displayName);
        await Password.FillAsync(password);
        await ConfirmPassword.FillAsync(password);
        await page.ClickAndWaitForLoadAsync(Submit);
    }
}
