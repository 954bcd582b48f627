using System.Text.Json;
using Microsoft.Playwright;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Designer;

/// <summary>Taking a change back and forth with the keyboard, and an import that cannot be read changing nothing.</summary>
public sealed class UndoRedoAndImportJourneyTests(PortalFixture portal) : BrowserTest(portal)
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
    public async Task Undo_and_redo_by_keyboard_take_a_dropped_activity_away_and_back_and_the_autosaved_draft_follows()
    {
        var designer = await SignInAndCreateAsync("Undo");
        var api = new WorkflowApi(Page);
        await designer.DropAsync("WriteLine", 200, 150);
        await api.WaitForDraftAsync(designer.DefinitionId, draft => ActivityIds(draft) == "writeLine1");

        // The shortcuts belong to the canvas: a click on an empty spot gives it the keyboard.
        await designer.Canvas.ClickAsync(new LocatorClickOptions { Position = new Position { X = 60, Y = 320 } });
        await Page.Keyboard.PressAsync("Control+z");
        await Expect(designer.Node("writeLine1")).ToHaveCountAsync(0);
        await api.WaitForDraftAsync(designer.DefinitionId, draft => ActivityIds(draft) == "");
        await Expect(designer.SaveState).ToHaveTextAsync("Saved");

        await Page.Keyboard.PressAsync("Control+y");
        await Expect(designer.Node("writeLine1")).ToBeVisibleAsync();
        await api.WaitForDraftAsync(designer.DefinitionId, draft => ActivityIds(draft) == "writeLine1");
        await Expect(designer.SaveState).ToHaveTextAsync("Saved");
    }

    [Fact]
    public async Task Importing_an_Elsa_file_with_activities_we_do_not_have_lists_them_and_changes_nothing()
    {
        var designer = await SignInAndCreateAsync("Import");
        var api = new WorkflowApi(Page);
        await designer.DropAsync("WriteLine", 200, 150);
        await api.WaitForDraftAsync(designer.DefinitionId, draft => ActivityIds(draft) == "writeLine1");
        var before = (await api.DraftAsync(designer.DefinitionId)).GetProperty("document").GetRawText();

        await designer.ImportAsync("orders.json", ElsaFileWithUnsupportedActivities());

        await Expect(designer.ImportProblems).ToContainTextAsync("nothing has changed");
        await Expect(designer.ImportProblems).ToContainTextAsync("Elsa.HttpEndpoint 'Receive order'");
        await Expect(designer.ImportProblems).ToContainTextAsync("Elsa.SendEmail");
        await Expect(designer.Nodes).ToHaveCountAsync(1);
        await Expect(designer.Node("writeLine1")).ToBeVisibleAsync();
        await Expect(designer.SaveState).ToHaveTextAsync("Saved");
        // Long enough for an autosave (0.4 s canvas debounce + 0.8 s delay) to have stored a change, had there been one.
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Equal(before, (await api.DraftAsync(designer.DefinitionId)).GetProperty("document").GetRawText());
    }

    [Fact]
    public async Task Importing_our_format_with_an_unknown_activity_type_names_it_and_changes_nothing()
    {
        var designer = await SignInAndCreateAsync("Unknown");
        var api = new WorkflowApi(Page);
        await designer.DropAsync("WriteLine", 200, 150);
        await api.WaitForDraftAsync(designer.DefinitionId, draft => ActivityIds(draft) == "writeLine1");
        var before = (await api.DraftAsync(designer.DefinitionId)).GetProperty("document").GetRawText();

        await designer.ImportAsync("engrave.json", JsonSerializer.Serialize(new
        {
            definitionId = "engrave",
            name = "Engrave the serial number",
            root = new
            {
                type = "Flowchart",
                activities = new object[] { new { id = "engrave", type = "LaserEngrave", inputs = new { text = Literal("SN-1") } } },
                connections = Array.Empty<object>(),
            },
        }));

        await Expect(designer.ImportProblems).ToContainTextAsync("LaserEngrave");
        await Expect(designer.Nodes).ToHaveCountAsync(1);
        await Expect(designer.Node("writeLine1")).ToBeVisibleAsync();
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Equal(before, (await api.DraftAsync(designer.DefinitionId)).GetProperty("document").GetRawText());
    }

    private static string ActivityIds(JsonElement draft) =>
        string.Join(",", WorkflowApi.Activities(draft).EnumerateArray().Select(a => a.GetProperty("id").GetString()));

    // An Elsa 3 export: an HTTP endpoint and an email around a line; only the line has a counterpart here.
    private static string ElsaFileWithUnsupportedActivities() => JsonSerializer.Serialize(new
    {
        id = "f00d0001",
        definitionId = "orders-from-elsa",
        name = "Orders from Elsa",
        version = 1,
        variables = Array.Empty<object>(),
        root = new
        {
            id = "root1",
            type = "Elsa.Flowchart",
            activities = new object[]
            {
                new { id = "http1", name = "Receive order", type = "Elsa.HttpEndpoint", path = Literal("/orders") },
                new { id = "line1", name = "WriteLine1", type = "Elsa.WriteLine", text = Literal("received") },
                new { id = "mail1", name = "SendEmail1", type = "Elsa.SendEmail", subject = Literal("New order") },
            },
            connections = new[]
            {
                new { source = new { activity = "http1", port = "Done" }, target = new { activity = "line1", port = "In" } },
                new { source = new { activity = "line1", port = "Done" }, target = new { activity = "mail1", port = "In" } },
            },
        },
    });

    private static object Literal(string value) => new { typeName = "String", expression = new { type = "Literal", value } };
}
