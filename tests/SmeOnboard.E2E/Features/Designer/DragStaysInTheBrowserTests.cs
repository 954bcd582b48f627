using System.Text.Json;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Designer;

/// <summary>
/// Dragging a node is drawn by the browser alone: no circuit message while the pointer moves, and one debounced graph
/// change once the node is dropped (issue 5, "Speed"). The figures go to the test output and docs/benchmarks/designer.md.
/// </summary>
public sealed class DragStaysInTheBrowserTests(PortalFixture portal) : BrowserTest(portal)
{
    private const int PointerMoves = 40;

    [Fact]
    public async Task Dragging_a_node_sends_no_circuit_message_per_pointer_move_and_one_graph_change_after_the_drop()
    {
        var traffic = new CircuitTraffic(Page);
        await traffic.InstallAsync();
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(DemoAccounts.FirmAdminEmail, TestPasswords.Demo);
        var definitionId = $"drag-{Guid.NewGuid():N}"[..16];
        var api = new WorkflowApi(Page);
        await api.SaveDraftAsync(definitionId, TwoLines(definitionId));
        var designer = new DesignerPage(Page);
        await designer.OpenAsync(definitionId);
        // Selected first, so pressing on it later changes no selection (a selection does go to the server, once).
        await designer.SelectAsync("second");
        Assert.True(await traffic.PositionAsync() > 0, "The counter saw no circuit traffic at all, so it cannot vouch for a drag.");
        await Task.Delay(500, TestContext.Current.CancellationToken);

        var box = (await designer.Node("second").BoundingBoxAsync())!;
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await Page.Mouse.MoveAsync(x, y);
        await Page.Mouse.DownAsync();
        var beforeMoves = await traffic.PositionAsync();
        for (var move = 1; move <= PointerMoves; move++)
        {
            await Page.Mouse.MoveAsync(x - move * 4, y + move * 3);
            await Task.Delay(16, TestContext.Current.CancellationToken);
        }
        var duringMoves = await traffic.SinceAsync(beforeMoves);
        var afterMoves = await traffic.PositionAsync();
        await Page.Mouse.UpAsync();
        await api.WaitForDraftAsync(definitionId, draft => PositionOf(draft, "second") is { X: < 240, Y: > 160 });
        await Expect(designer.SaveState).ToHaveTextAsync("Saved");
        var afterDrop = await traffic.SinceAsync(afterMoves);

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{PointerMoves} pointer moves: {duringMoves} circuit frames; after the drop until saved: {afterDrop}.");
        Assert.Equal(0, duringMoves.Total);
        Assert.Equal(1, afterDrop.Calls("OnGraphChanged"));
    }

    private static (double X, double Y)? PositionOf(JsonElement draft, string activityId) =>
        WorkflowApi.Activities(draft).EnumerateArray()
            .Where(a => a.GetProperty("id").GetString() == activityId)
            .Select(a => a.GetProperty("metadata").GetProperty("designer").GetProperty("position"))
            .Select(p => ((double X, double Y)?)(p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble()))
            .FirstOrDefault();

    private static object TwoLines(string definitionId) => new
    {
        definitionId,
        name = "Drag",
        root = new
        {
            type = "Flowchart",
            activities = new object[]
            {
                new { id = "first", type = "WriteLine", inputs = new { text = Literal("one") }, metadata = new { designer = new { position = new { x = 40, y = 40 } } } },
                new { id = "second", type = "WriteLine", inputs = new { text = Literal("two") }, metadata = new { designer = new { position = new { x = 320, y = 40 } } } },
            },
            connections = new[] { new { source = new { activity = "first", port = "Done" }, target = new { activity = "second", port = "In" } } },
        },
    };

    private static object Literal(string value) => new { typeName = "String", expression = new { type = "Literal", value } };
}
