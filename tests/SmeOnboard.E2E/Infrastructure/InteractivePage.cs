using Microsoft.Playwright;

namespace SmeOnboard.E2E.Infrastructure;

/// <summary>Waiting for Blazor: an interactive page only reacts to clicks once its circuit is live.</summary>
public static class InteractivePage
{
    /// <summary>MainLayout renders this marker only when RendererInfo.IsInteractive, i.e. after the circuit took over.</summary>
    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.GetByTestId("interactive-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
