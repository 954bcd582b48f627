using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Designer;

/// <summary>/workflows and /workflows/{id}: the list with "new workflow", and the designer with its X6 canvas.</summary>
public sealed partial class DesignerPage(IPage page)
{
    public ILocator NewName => page.GetByTestId("new-workflow-name");
    public ILocator NewButton => page.GetByTestId("new-workflow");
    public ILocator Canvas => page.GetByTestId("designer-canvas");
    public ILocator SaveState => page.GetByTestId("save-state");
    public ILocator PublishedState => page.GetByTestId("published-state");
    public ILocator Publish => page.GetByTestId("publish");
    public ILocator ImportProblems => page.GetByTestId("import-problems");
    public ILocator Nodes => Canvas.Locator("[data-designer-canvas] g.x6-node");

    /// <summary>The definition's id, the last segment of the designer's address.</summary>
    public string DefinitionId => new Uri(page.Url).Segments[^1];

    /// <summary>Opens an existing workflow and waits until its canvas has drawn it.</summary>
    public async Task OpenAsync(string definitionId)
    {
        await page.GotoAsync($"/workflows/{Uri.EscapeDataString(definitionId)}");
        await page.WaitUntilInteractiveAsync();
        await Canvas.And(page.Locator("[data-ready='true']")).WaitForAsync();
    }

    public async Task CreateAsync(string name)
    {
        await page.GotoAsync("/workflows");
        await page.WaitUntilInteractiveAsync();
        await NewName.FillAsync(name);
        await NewButton.ClickAsync();
        // Blazor navigates inside the page, so there is no load event to wait for.
        await Assertions.Expect(page).ToHaveURLAsync(DesignerAddress(), BlazorNavigation.Within);
        await page.WaitUntilInteractiveAsync();
        // The canvas says so once designer.js has been imported and the graph drawn.
        await Canvas.And(page.Locator("[data-ready='true']")).WaitForAsync();
    }

    /// <summary>Drops an activity and waits until the property panel shows it, as a person waits before the next move.</summary>
    public async Task DropAsync(string activityType, float x, float y)
    {
        var before = await Canvas.Locator("[data-designer-canvas] g.x6-node").CountAsync();
        await page.GetByTestId($"palette-{activityType}").DragToAsync(Canvas, new LocatorDragToOptions { TargetPosition = new TargetPosition { X = x, Y = y } });
        await Expect(Canvas.Locator("[data-designer-canvas] g.x6-node")).ToHaveCountAsync(before + 1);
        await Expect(page.GetByTestId("selected-activity-id")).ToHaveTextAsync(new Regex($"^{char.ToLowerInvariant(activityType[0])}{activityType[1..]}\\d+$"));
    }

    public ILocator Node(string activityId) => Canvas.Locator($"[data-designer-canvas] g[data-cell-id='{activityId}']");

    /// <summary>Drags from an outcome port of one activity to the In port of another, as a person connects them.</summary>
    public async Task ConnectAsync(string sourceId, string outcome, string targetId)
    {
        var from = await Port(sourceId, outcome);
        var to = await Port(targetId, "In");
        await page.Mouse.MoveAsync(from.X, from.Y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((from.X + to.X) / 2, (from.Y + to.Y) / 2, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.MoveAsync(to.X, to.Y, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    private async Task<(float X, float Y)> Port(string activityId, string port)
    {
        var box = await Node(activityId).Locator($"circle[port='{port}']").First.BoundingBoxAsync()
            ?? throw new InvalidOperationException($"No port {port} on {activityId}.");
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    /// <summary>Selects an activity as a click does; its selection box may lie over it, hence the forced click.</summary>
    public async Task SelectAsync(string activityId)
    {
        await Node(activityId).ClickAsync(new LocatorClickOptions { Force = true });
        await Expect(page.GetByTestId("selected-activity-id")).ToHaveTextAsync(activityId);
    }

    /// <summary>Types a literal into a one-line input of the selected activity and leaves the field, which commits it.</summary>
    public async Task SetTextInputAsync(string input, string text)
    {
        var field = page.GetByTestId($"input-{input}").Locator("input, textarea").First;
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }

    /// <summary>Picks the option showing <paramref name="text"/> from a list input of the selected activity (a role, a form).</summary>
    public async Task ChooseInputAsync(string input, string text)
    {
        await page.GetByTestId($"input-{input}").Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = text }).First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>Imports a file through the toolbar's file picker, as a person choosing it on their disk.</summary>
    public Task ImportAsync(string fileName, string json) =>
        // MudFileUpload puts its attributes, the test id among them, on its hidden file input.
        page.Locator("input[type=file][data-testid='import']").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes(json),
        });

    public ILocator Edges => Canvas.Locator("[data-designer-canvas] .x6-edge");

    [GeneratedRegex("/workflows/[^/]+$")]
    private static partial Regex DesignerAddress();
}
