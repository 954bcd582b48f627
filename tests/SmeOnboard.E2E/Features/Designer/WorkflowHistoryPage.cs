using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Designer;

/// <summary>/workflows/{id}/history: the version list, the read-only canvas of the version shown, and the diff.</summary>
public sealed partial class WorkflowHistoryPage(IPage page)
{
    public ILocator Version(int version) => page.GetByTestId($"version-{version}");
    public ILocator Changed => page.GetByTestId("diff-changed");
    public ILocator Canvas => page.GetByTestId("designer-canvas");

    public ILocator Node(string activityId) => Canvas.Locator($"[data-designer-canvas] g[data-cell-id='{activityId}']");

    /// <summary>Opens the history from the designer's button and waits for the canvas to draw the newest version.</summary>
    public async Task OpenFromDesignerAsync()
    {
        await page.GetByTestId("open-history").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(HistoryAddress(), BlazorNavigation.Within);
        await page.WaitUntilInteractiveAsync();
        await Canvas.And(page.Locator("[data-ready='true']")).WaitForAsync();
    }

    /// <summary>Restores <paramref name="version"/> as the draft, confirming the question, and waits for the designer.</summary>
    public async Task RestoreAsync(int version)
    {
        await page.GetByTestId($"restore-{version}").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Restore as draft" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(HistoryAddress(), BlazorNavigation.Within);
        await page.Locator("[data-testid='designer-canvas'][data-ready='true']").WaitForAsync();
    }

    [GeneratedRegex("/history$")]
    private static partial Regex HistoryAddress();
}
