using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Tasks;

/// <summary>
/// /tasks: the member's tasks in tabs (mine, my role's, done), each open one as a card; a task naming a workspace form
/// shows that form's fields. Interactive.
/// </summary>
public sealed class TaskInboxPage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public const string Path = "/tasks";

    public ILocator Tasks => Page.GetByTestId("task");

    public ILocator None => Page.GetByTestId("no-tasks");

    public ILocator RoleTab => Page.GetByRole(AriaRole.Tab).Filter(new() { HasTextString = "My role's" });

    public ILocator MineTab => Page.GetByRole(AriaRole.Tab).Filter(new() { HasTextString = "Mine" });

    public ILocator DoneTab => Page.GetByRole(AriaRole.Tab).Filter(new() { HasTextString = "Done" });

    public ILocator Card(string title) => Tasks.Filter(new() { HasTextString = title });

    public ILocator Claim(string title) => Card(title).GetByTestId("claim");

    public ILocator ClaimedBy(string title) => Card(title).GetByTestId("claimed-by");

    public ILocator Complete(string title) => Card(title).GetByTestId("complete");

    public ILocator Notes(string title) => Card(title).GetByTestId("task-comment");

    public ILocator History(string title) => Page.GetByTestId("history-entry").Filter(new() { HasTextString = title });

    public ILocator Badge => Page.GetByTestId("open-task-count");

    public ILocator Field(string name) => Tasks.First.Locator($"[data-field='{name}']");

    /// <summary>Picks the option at this position of a choice field.</summary>
    public Task ChooseAsync(string field, int position) => SelectMudOptionAsync(Field(field), position);

    public Task FillAsync(string field, string text) => FillAsync(Field(field).Locator("input, textarea").First, text);

    public Task CompleteAsync() => ClickAsync(Tasks.First.GetByTestId("complete"));

    public async Task GotoAsync()
    {
        await Page.GotoAsync(Path);
        await Page.WaitUntilInteractiveAsync();
    }
}
