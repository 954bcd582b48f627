using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Vendors;

/// <summary>/vendor/dashboard: installs chart, revenue, payout, apps and the latest reviews with replies. Interactive.</summary>
public sealed class VendorDashboardPage(IPage page)
{
    public const string Path = "/vendor/dashboard";

    public ILocator InstallsChart => page.GetByTestId("installs-chart");

    /// <summary>The review a firm wrote, among the latest reviews.</summary>
    public ILocator Review(string firmName) => page.GetByTestId("latest-reviews").GetByTestId("review").Filter(new() { HasText = firmName });

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }

    public async Task ReplyAsync(string firmName, string text)
    {
        var review = Review(firmName);
        await review.GetByTestId("reply-open").ClickAsync();
        await review.Locator("textarea").FillAsync(text);
        await review.GetByTestId("reply-send").ClickAsync();
    }
}
