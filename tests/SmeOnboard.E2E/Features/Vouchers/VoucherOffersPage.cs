using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Vouchers;

/// <summary>/vouchers/programmes: the open programmes a firm sees, each with its eligibility and an apply form. Interactive.</summary>
public sealed class VoucherOffersPage(IPage page)
{
    public const string Path = "/vouchers/programmes";

    public ILocator Offer(string programmeName) =>
        page.GetByTestId("offer").Filter(new() { HasTextString = programmeName });

    public ILocator Eligible(string programmeName) => Offer(programmeName).GetByTestId("offer-eligible");

    public ILocator Application(string programmeName) => Offer(programmeName).GetByTestId("offer-application");

    public async Task ApplyAsync(string programmeName, string note)
    {
        await Offer(programmeName).Locator("input[data-testid=offer-note], [data-testid=offer-note] input").First.FillAsync(note);
        await Offer(programmeName).GetByTestId("offer-apply").ClickAsync();
    }

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }
}
