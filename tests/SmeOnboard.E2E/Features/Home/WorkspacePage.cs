using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Home;

/// <summary>/home: the signed-in person's workspace.</summary>
public sealed class WorkspacePage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public const string Path = "/home";

    public ILocator Welcome => Page.GetByTestId("welcome");

    public ILocator Title => Page.GetByTestId("workspace-title");

    public ILocator ChecklistItems => Page.GetByTestId("checklist-item");

    /// <summary>The first step of a firm's checklist, the company profile.</summary>
    public Task OpenFirstChecklistStepAsync() => ClickAsync(ChecklistItems.First);
}
