using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Vendors;

/// <summary>/admin/reviews and a submission's review page: diff, checklist and decisions. Interactive.</summary>
public sealed class ReviewPage(IPage page)
{
    public ILocator State => page.GetByTestId("submission-state").First;

    public ILocator AddedScopes => page.GetByTestId("scope-added");

    public ILocator ChecklistItems => page.GetByTestId("checklist-item");

    public ILocator Comment => page.Locator("textarea").First;

    public ILocator Decision(string decision) => page.GetByTestId($"decide-{decision}");

    /// <summary>Opens the queue and follows the link of <paramref name="appId"/>.</summary>
    public async Task OpenFromQueueAsync(string appId)
    {
        await page.GotoAsync("/admin/reviews");
        // Followed by address rather than by click: Blazor's enhanced navigation fires no load event to wait for.
        var href = await page.GetByRole(AriaRole.Link, new() { Name = appId }).GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await page.WaitUntilInteractiveAsync();
    }

    public async Task TickChecklistAsync()
    {
        foreach (var item in await ChecklistItems.AllAsync())
        {
            // MudCheckBox puts the test id on its input or on the label around it, depending on the version.
            var input = await item.EvaluateAsync<string>("e => e.tagName") == "INPUT" ? item : item.Locator("input[type=checkbox]");
            await input.CheckAsync();
        }
    }
}
