using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Designer;

/// <summary>The designer beyond drawing: version history and restore, test runs followed live, and the script editor.</summary>
public sealed partial class HistoryTestRunAndScriptJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    private async Task<DesignerPage> SignInAndCreateAsync(string name)
    {
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(DemoAccounts.FirmAdminEmail, TestPasswords.Demo);
        var designer = new DesignerPage(Page);
        await designer.CreateAsync($"{name} {Guid.NewGuid():N}"[..24]);
        return designer;
    }

    [Fact]
    public async Task A_firm_admin_publishes_twice_sees_the_changed_input_in_history_and_restores_the_first_version()
    {
        var designer = await SignInAndCreateAsync("History");
        var definitionId = new Uri(Page.Url).Segments[^1];
        await designer.DropAsync("WriteLine", 300, 200);
        await SetTextAsync(designer, definitionId, "first");
        await PublishAsync(designer, "Published v1");
        await SetTextAsync(designer, definitionId, "second");
        await PublishAsync(designer, "Published v2");

        var history = new WorkflowHistoryPage(Page);
        await history.OpenFromDesignerAsync();

        await Expect(history.Version(2)).ToContainTextAsync("Published");
        await Expect(history.Version(1)).ToContainTextAsync("by Wang Li");
        await Expect(history.Changed).ToContainTextAsync("inputs text");
        await Expect(history.Node("writeLine1")).ToHaveClassAsync(new Regex("node-changed"));

        await history.RestoreAsync(1);

        await WaitForDraftAsync(definitionId, draft =>
            draft.GetProperty("latestVersion").GetInt32() == 3 &&
            TextOf(draft) == "first");
        await Expect(designer.PublishedState).ToContainTextAsync("Published v2");
    }

    [Fact]
    public async Task A_test_run_from_the_designer_shows_the_waiting_task_and_follows_the_run_live_to_its_end()
    {
        var designer = await SignInAndCreateAsync("Test run");
        var definitionId = new Uri(Page.Url).Segments[^1];
        var saved = await Page.APIRequest.PutAsync($"/api/v1/workflows/{definitionId}/draft", new() { DataObject = TaskThenLine(definitionId) });
        Assert.True(saved.Ok, await saved.TextAsync());
        await Page.ReloadAsync();
        await Page.WaitUntilInteractiveAsync();
        await Expect(designer.Node("ask")).ToBeVisibleAsync();

        await Page.GetByTestId("test-run").ClickAsync();
        await Expect(Page).ToHaveURLAsync(RunAddress(), BlazorNavigation.Within);
        var run = new RunViewerPage(Page);
        await run.WaitForCanvasAsync();

        await Expect(run.TestRunLabel).ToBeVisibleAsync();
        await Expect(run.Node("ask")).ToHaveClassAsync(new Regex("node-waiting"));
        await Expect(run.Node("log")).Not.ToHaveClassAsync(new Regex("node-visited"));

        // Completed elsewhere (here through the API); the open page is pushed the change without a reload.
        var details = await (await Page.APIRequest.GetAsync($"/api/v1/workflow-instances/{run.InstanceId}")).JsonAsync();
        var bookmarkId = details!.Value.GetProperty("instance").GetProperty("bookmarks")[0].GetProperty("id").GetString()!;
        var completed = await Page.APIRequest.PostAsync($"/api/v1/tasks/{bookmarkId}/complete", new() { DataObject = new { fields = new { } } });
        Assert.True(completed.Ok, await completed.TextAsync());

        await Expect(run.Node("log")).ToHaveClassAsync(new Regex("node-visited"));
        await Expect(run.Node("ask")).ToHaveClassAsync(new Regex("node-visited"));
        await Expect(run.Status).ToHaveTextAsync("Finished");
    }

    [Fact]
    public async Task A_test_run_that_faults_marks_the_faulted_activity_and_shows_its_incident_message()
    {
        var designer = await SignInAndCreateAsync("Faulting");
        var definitionId = new Uri(Page.Url).Segments[^1];
        var saved = await Page.APIRequest.PutAsync($"/api/v1/workflows/{definitionId}/draft", new() { DataObject = LineThenFault(definitionId) });
        Assert.True(saved.Ok, await saved.TextAsync());
        await Page.ReloadAsync();
        await Page.WaitUntilInteractiveAsync();
        await Expect(designer.Node("stop")).ToBeVisibleAsync();

        await Page.GetByTestId("test-run").ClickAsync();
        await Expect(Page).ToHaveURLAsync(RunAddress(), BlazorNavigation.Within);
        var run = new RunViewerPage(Page);
        await run.WaitForCanvasAsync();

        await Expect(run.Node("stop")).ToHaveClassAsync(new Regex("node-faulted"));
        await Expect(run.Node("log")).ToHaveClassAsync(new Regex("node-visited"));
        await Expect(Page.GetByTestId("incident")).ToContainTextAsync("Scrap rate above limit");
    }

    private static object LineThenFault(string definitionId) => new
    {
        definitionId,
        name = "Faulting test run",
        root = new
        {
            type = "Flowchart",
            activities = new object[]
            {
                new { id = "log", type = "WriteLine", inputs = new { text = Literal("start") }, metadata = new { designer = new { position = new { x = 40, y = 80 } } } },
                new { id = "stop", type = "Fault", inputs = new { message = Literal("Scrap rate above limit") }, metadata = new { designer = new { position = new { x = 320, y = 80 } } } },
            },
            connections = new[] { new { source = new { activity = "log", port = "Done" }, target = new { activity = "stop", port = "In" } } },
        },
    };

    [Fact]
    public async Task A_script_input_gets_the_highlighting_editor_which_offers_the_workflows_variables()
    {
        var designer = await SignInAndCreateAsync("Script");
        var definitionId = new Uri(Page.Url).Segments[^1];
        var saved = await Page.APIRequest.PutAsync($"/api/v1/workflows/{definitionId}/draft", new() { DataObject = ScriptLine(definitionId) });
        Assert.True(saved.Ok, await saved.TextAsync());
        await Page.ReloadAsync();
        await Page.WaitUntilInteractiveAsync();
        await designer.Node("log").ClickAsync(new LocatorClickOptions { Force = true });

        var editor = Page.GetByTestId("input-text").Locator(".cm-content");
        await Expect(editor).ToBeVisibleAsync();
        await editor.ClickAsync();
        await Page.Keyboard.PressAsync("End");
        await Page.Keyboard.TypeAsync(" + order");
        await Expect(Page.Locator(".cm-tooltip-autocomplete")).ToContainTextAsync("orderTotal");
        // CodeMirror ignores Enter for 75 ms after the list opens (interactionDelay), so a fast typist keeps a new line.
        await Task.Delay(300, TestContext.Current.CancellationToken);
        await Page.Keyboard.PressAsync("Enter");

        await WaitForDraftAsync(definitionId, draft => TextOf(draft) == "1 + orderTotal");
    }

    private static object ScriptLine(string definitionId) => new
    {
        definitionId,
        name = "Script editor",
        variables = new[] { new { name = "orderTotal", type = "Number" } },
        root = new
        {
            type = "Flowchart",
            activities = new object[]
            {
                new
                {
                    id = "log", type = "WriteLine",
                    inputs = new { text = new { typeName = "String", expression = new { type = "JavaScript", value = "1" } } },
                    metadata = new { designer = new { position = new { x = 40, y = 80 } } },
                },
            },
            connections = Array.Empty<object>(),
        },
    };

    private static object TaskThenLine(string definitionId) => new
    {
        definitionId,
        name = "Test run journey",
        root = new
        {
            type = "Flowchart",
            activities = new object[]
            {
                new
                {
                    id = "ask", type = "HumanTask",
                    inputs = new { title = Literal("Check it"), form = Literal("check"), assigneeRole = Literal("FirmAdmin") },
                    metadata = new { designer = new { position = new { x = 40, y = 80 } } },
                },
                new { id = "log", type = "WriteLine", inputs = new { text = Literal("done") }, metadata = new { designer = new { position = new { x = 320, y = 80 } } } },
            },
            connections = new[] { new { source = new { activity = "ask", port = "Done" }, target = new { activity = "log", port = "In" } } },
        },
    };

    private static object Literal(string value) => new { typeName = "String", expression = new { type = "Literal", value } };

    private async Task SetTextAsync(DesignerPage designer, string definitionId, string text)
    {
        // A dropped activity is already selected, and its selection box then lies over it.
        await designer.Node("writeLine1").ClickAsync(new LocatorClickOptions { Force = true });
        var input = Page.GetByTestId("input-text").Locator("input, textarea").First;
        await input.FillAsync(text);
        await input.PressAsync("Tab");
        await WaitForDraftAsync(definitionId, draft =>
            TextOf(draft) == text);
        await Expect(designer.SaveState).ToHaveTextAsync("Saved");
    }

    // The line's text in the stored draft; null while the draft holds no activity with a text (an invalid draft is not stored).
    private static string? TextOf(JsonElement draft) =>
        draft.GetProperty("document").GetProperty("root").GetProperty("activities") is { ValueKind: JsonValueKind.Array } activities &&
        activities.GetArrayLength() > 0 && activities[0].TryGetProperty("inputs", out var inputs) && inputs.TryGetProperty("text", out var input)
            ? input.GetProperty("expression").GetProperty("value").GetString()
            : null;

    private async Task PublishAsync(DesignerPage designer, string expected)
    {
        await designer.Publish.ClickAsync();
        await Expect(designer.PublishedState).ToContainTextAsync(expected);
    }

    private async Task WaitForDraftAsync(string definitionId, Func<JsonElement, bool> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var response = await Page.APIRequest.GetAsync($"/api/v1/workflows/{definitionId}");
            if (response.Ok && await response.JsonAsync() is { } draft && condition(draft))
                return;
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"The draft of {definitionId} never reached the expected state.");
    }

    [GeneratedRegex("/workflows/instances/[^/]+$")]
    private static partial Regex RunAddress();
}
