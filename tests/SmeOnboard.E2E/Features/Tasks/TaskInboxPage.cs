using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Tasks;

/// <summary>/tasks: the member's tasks in tabs (mine, my role's, done), each open one as a card. Interactive.</summary>
public sealed class TaskInboxPage(IPage page)
{
    public const string Path = "/tasks";

    public ILocator RoleTab => page.GetByRole(AriaRole.Tab).Filter(new() { HasTextString = "My role's" });

    public ILocator MineTab => page.GetByRole(AriaRole.Tab).Filter(new() { HasTextString = "Mine" });

    public ILocator DoneTab => page.GetByRole(AriaRole.Tab).Filter(new() { HasTextString = "Done" });

    public ILocator Card(string title) => page.GetByTestId("task").Filter(new() { HasTextString = title });

    public ILocator Claim(string title) => Card(title).GetByTestId("claim");

    public ILocator ClaimedBy(string title) => Card(title).GetByTestId("claimed-by");

    public ILocator Complete(string title) => Card(title).GetByTestId("complete");

    public ILocator Notes(string title) => Card(title).GetByTestId("task-comment");

    public ILocator History(string title) => page.GetByTestId("history-entry").Filter(new() { HasTextString = title });

    public ILocator Badge => page.GetByTestId("open-task-count");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }
}
