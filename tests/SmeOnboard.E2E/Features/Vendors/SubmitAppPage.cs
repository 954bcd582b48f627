using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Vendors;

/// <summary>/vendor/apps/submit: the manifest editor with live checks. Interactive.</summary>
public sealed class SubmitAppPage(IPage page)
{
    public const string Path = "/vendor/apps/submit";

    // The page has one text area: the manifest.
    public ILocator Manifest => page.Locator("textarea").First;

    public ILocator Problems => page.GetByTestId("manifest-problem");

    public ILocator Valid => page.GetByTestId("manifest-valid");

    public ILocator Submit => page.GetByTestId("submit");

    public ILocator Submitted => page.GetByTestId("submitted");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>Opens the resubmit form of the app's version sent back, from the vendor's list of apps.</summary>
    public async Task OpenResubmitAsync(string appId)
    {
        await page.GotoAsync("/vendor/apps");
        await page.WaitUntilInteractiveAsync();
        await page.GetByText(appId).First.ClickAsync();
        var href = await page.GetByTestId("resubmit").GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await page.WaitUntilInteractiveAsync();
    }
}
