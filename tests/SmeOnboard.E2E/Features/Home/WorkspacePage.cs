using Microsoft.Playwright;

namespace SmeOnboard.E2E.Features.Home;

/// <summary>/home: the signed-in person's workspace.</summary>
public sealed class WorkspacePage(IPage page)
{
    public const string Path = "/home";

    public ILocator Welcome => page.GetByTestId("welcome");

    public ILocator Title => page.GetByTestId("workspace-title");
}
