using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Workspace;

/// <summary>/workspace/forms, "Start work": the firm's workflows that start by hand, then the forms that start workflows.</summary>
public sealed partial class StartWorkPage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public ILocator Workflow(string definitionId) => Page.Locator($"[data-testid='manual-start'][data-workflow='{definitionId}']");

    public async Task GotoAsync()
    {
        await Page.GotoAsync("/workspace/forms");
        await Page.WaitUntilInteractiveAsync();
    }

    /// <summary>Starts the workflow and returns the id of the run the page then opens.</summary>
    public async Task<string> StartAsync(string definitionId)
    {
        await ClickAsync(Workflow(definitionId).GetByTestId("manual-start-button"));
        await Expect(Page).ToHaveURLAsync(RunAddress());
        return RunAddress().Match(Page.Url).Groups["id"].Value;
    }

    [GeneratedRegex("/workflows/instances/(?<id>[^/?#]+)")]
    private static partial Regex RunAddress();
}
