using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Home;

/// <summary>/: the public landing page, rendered interactively.</summary>
public sealed class LandingPage(IPage page)
{
    public const string Path = "/";

    public ILocator Content => page.GetByTestId("landing");

    public ILocator StartFree => page.GetByTestId("landing-signup-firm");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }
}
