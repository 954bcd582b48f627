using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Home;

/// <summary>/: the public landing page, rendered interactively.</summary>
public sealed class LandingPage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public const string Path = "/";

    public ILocator Content => Page.GetByTestId("landing");

    public ILocator StartFree => Page.GetByTestId("landing-signup-firm");

    public async Task GotoAsync()
    {
        await Page.GotoAsync(Path);
        await Page.WaitUntilInteractiveAsync();
    }

    /// <summary>The call to action that leads a firm to sign-up.</summary>
    public Task StartFreeAsync() => ClickAsync(StartFree);
}
