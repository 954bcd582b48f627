using Microsoft.Playwright;

namespace SmeOnboard.E2E.Features.Designer;

/// <summary>/workflows/instances/{id}: a run's flowchart with its path, status and, for a test run, its label.</summary>
public sealed class RunViewerPage(IPage page)
{
    public ILocator TestRunLabel => page.GetByTestId("test-run-label");
    public ILocator Status => page.GetByTestId("instance-status");
    public ILocator Canvas => page.GetByTestId("designer-canvas");

    public ILocator Node(string activityId) => Canvas.Locator($"[data-designer-canvas] g[data-cell-id='{activityId}']");

    public string InstanceId => new Uri(page.Url).Segments[^1];

    public Task WaitForCanvasAsync() => page.Locator("[data-testid='designer-canvas'][data-ready='true']").WaitForAsync();
}
