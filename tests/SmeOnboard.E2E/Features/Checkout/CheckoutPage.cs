using Microsoft.Playwright;
using SmeOnboard.E2E.Features.Marketplace;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Checkout;

/// <summary>/checkout/{appId}: price, voucher share and remainder, consent, and placing the order. Interactive.</summary>
public sealed class CheckoutPage(IPage page)
{
    public ILocator Share => page.GetByTestId("checkout-share");

    public ILocator Remainder => page.GetByTestId("checkout-remainder");

    public ILocator SandboxLabel => page.GetByTestId("sandbox-label");

    public async Task GotoAsync(string appId)
    {
        await page.GotoAsync($"/checkout/{appId}");
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>Consents to every scope and places the order; the order page opens.</summary>
    public async Task PlaceOrderAsync()
    {
        foreach (var consent in await page.GetByTestId("consent").AllAsync())
        {
            await (await MudInputs.InputOfAsync(consent)).CheckAsync();
        }
        await page.GetByTestId("checkout-place").ClickAsync();
        await page.GetByTestId("order").WaitForAsync();
    }
}
