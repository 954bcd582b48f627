using Microsoft.Playwright;

namespace SmeOnboard.E2E.Features.Marketplace;

/// <summary>/marketplace/{appId}: description, the data-access disclosure and the install panel. Interactive.</summary>
public sealed class AppPage(IPage page)
{
    public ILocator Name => page.GetByTestId("app-name");

    public ILocator DisclosedScopes => page.GetByTestId("disclosure-scopes");

    public ILocator DisclosedStorage => page.GetByTestId("disclosure-storage");

    public ILocator Consents => page.GetByTestId("consent");

    public ILocator Install => page.GetByTestId("install");

    public ILocator Installed => page.GetByTestId("installed");

    /// <summary>"Your price after voucher": what the voucher pays and what the firm pays.</summary>
    public ILocator VoucherShare => page.GetByTestId("voucher-price-share");

    public ILocator PriceAfterVoucher => page.GetByTestId("voucher-price-remainder");

    /// <summary>Ticks the consent box of every scope the app asks for.</summary>
    public async Task ConsentToEveryScopeAsync()
    {
        foreach (var consent in await Consents.AllAsync())
        {
            await (await MudInputs.InputOfAsync(consent)).CheckAsync();
        }
    }
}
