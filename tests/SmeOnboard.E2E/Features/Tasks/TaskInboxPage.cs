using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Tasks;

/// <summary>/tasks: the person's open tasks; a task naming a workspace form shows that form's fields.</summary>
public sealed class TaskInboxPage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public ILocator Tasks => Page.GetByTestId("task");

    public ILocator None => Page.GetByTestId("no-tasks");

    public ILocator Field(string name) => Tasks.First.Locator($"[data-field='{name}']");

    /// <summary>Picks the option at this position of a choice field.</summary>
    public Task ChooseAsync(string field, int position) => SelectMudOptionAsync(Field(field), position);

    public Task FillAsync(string field, string text) => FillAsync(Field(field).Locator("input, textarea").First, text);

    public Task CompleteAsync() => ClickAsync(Tasks.First.GetByTestId("complete"));
}
