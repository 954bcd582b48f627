using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Marketplace;

/// <summary>/marketplace: search, filters and the grid of app cards. Interactive.</summary>
public sealed class CataloguePage(IPage page)
{
    public const string Path = "/marketplace";

    public ILocator Search => page.GetByTestId("catalogue-search");

    public ILocator FreeOnly => page.GetByTestId("catalogue-free-only");

    public ILocator Cards => page.GetByTestId("app-card");

    /// <summary>Cards whose price chip does not say "Free".</summary>
    public ILocator PaidCards => Cards.Filter(new() { HasNot = page.GetByTestId("price").Filter(new() { HasText = "Free" }) });

    public ILocator Card(string appName) =>
        Cards.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = appName, Exact = true }) });

    /// <summary>The card's "… after voucher" chip, shown when a voucher the firm holds covers the app.</summary>
    public ILocator PriceAfterVoucher(string appName) => Card(appName).GetByTestId("card-voucher-price");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }

    public async Task SearchForAsync(string words) => await (await MudInputs.InputOfAsync(Search)).FillAsync(words);

    public async Task ShowFreeOnlyAsync() => await (await MudInputs.InputOfAsync(FreeOnly)).CheckAsync();

    /// <summary>Opens the app's page from its card.</summary>
    public async Task OpenAsync(string appName)
    {
        // Followed by address rather than by click: Blazor's enhanced navigation fires no load event to wait for.
        var href = await Card(appName).GetByRole(AriaRole.Link, new() { Name = appName, Exact = true }).GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await page.WaitUntilInteractiveAsync();
    }
}
