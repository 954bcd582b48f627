using Microsoft.Playwright;
using SmeOnboard.E2E.Features.Marketplace;

namespace SmeOnboard.E2E.Features.Checkout;

/// <summary>/checkout/orders/{id}: the order, the labelled sandbox card form while unpaid, and the outcome. Interactive.</summary>
public sealed class OrderPage(IPage page)
{
    public ILocator SandboxCard => page.GetByTestId("sandbox-card");

    public ILocator Paid => page.GetByTestId("order-paid");

    public async Task PayWithTestCardAsync(string number)
    {
        await (await MudInputs.InputOfAsync(page.GetByTestId("sandbox-card-number"))).FillAsync(number);
        await page.GetByTestId("sandbox-pay").ClickAsync();
    }
}
