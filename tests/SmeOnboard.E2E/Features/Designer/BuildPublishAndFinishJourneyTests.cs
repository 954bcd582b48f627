using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmeOnboard.Core.Identity;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Features.Tasks;
using SmeOnboard.E2E.Features.Workspace;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;
using static Microsoft.Playwright.Assertions;

namespace SmeOnboard.E2E.Features.Designer;

/// <summary>
/// The designer's whole story: a firm admin builds a three-step workflow on the canvas with a human task that uses one
/// of the firm's forms, publishes it and starts it from the start-work page; a colleague fills the form in from the
/// inbox; the admin sees the run finished with every step on its path highlighted.
/// </summary>
public sealed class BuildPublishAndFinishJourneyTests(PortalFixture portal) : BrowserTest(portal)
{
    // The "Machine stop" form the demo seed installs for Lianda with the Machine downtime template.
    private const string DowntimeForm = "machine-downtime-downtime-stop";

    [Fact]
    public async Task A_firm_admin_builds_and_starts_a_workflow_a_colleague_completes_its_task_and_the_admin_sees_the_path_finished()
    {
        var colleague = UniqueEmail.For("zhang.wei");
        await Portal.AddColleagueAsync(DemoAccounts.FirmAdminEmail, colleague, TestPasswords.Demo, "Zhang Wei", Roles.FirmMember);
        var title = $"Log the press stop {Guid.NewGuid():N}"[..27];
        var admin = Page;
        await SignInAsync(admin, DemoAccounts.FirmAdminEmail);
        var designer = new DesignerPage(admin);
        await designer.CreateAsync($"Press stop {Guid.NewGuid():N}"[..20]);
        var definitionId = designer.DefinitionId;

        await designer.DropAsync("ManualStart", 100, 70);
        await designer.DropAsync("HumanTask", 300, 170);
        await designer.DropAsync("WriteLine", 100, 290);
        await designer.ConnectAsync("manualStart1", "Done", "humanTask1");
        await designer.ConnectAsync("humanTask1", "Done", "writeLine1");
        await Expect(designer.Edges).ToHaveCountAsync(2);

        await designer.SelectAsync("humanTask1");
        await designer.SetTextInputAsync("title", title);
        await designer.ChooseInputAsync("form", DowntimeForm);
        await designer.SetTextInputAsync("assigneeUser", colleague);
        await designer.SelectAsync("writeLine1");
        await designer.SetTextInputAsync("text", "Stop logged");
        var api = new WorkflowApi(admin);
        await api.WaitForDraftAsync(definitionId, draft =>
            WorkflowApi.Connections(draft).GetArrayLength() == 2 && FormOf(draft) == DowntimeForm && HasText(draft));
        await Expect(designer.SaveState).ToHaveTextAsync("Saved");
        await designer.SelectAsync("humanTask1");
        await admin.ScreenshotAsync(new() { Path = Artifacts.ScreenshotPath("designer-three-activities") });

        await designer.Publish.ClickAsync();
        await Expect(designer.PublishedState).ToContainTextAsync("Published v");
        var startWork = new StartWorkPage(admin);
        await startWork.GotoAsync();
        var instanceId = await startWork.StartAsync(definitionId);

        var member = await OpenBrowserAsync();
        await SignInAsync(member, colleague);
        var inbox = new TaskInboxPage(member);
        await inbox.GotoAsync();
        await Expect(inbox.Card(title)).ToBeVisibleAsync();
        await inbox.ChooseAsync("machine", position: 3);
        await inbox.ChooseAsync("shift", position: 0);
        await inbox.ChooseAsync("reasonCode", position: 0);
        await inbox.FillAsync("minutes", "25");
        await member.ScreenshotAsync(new() { Path = Artifacts.ScreenshotPath("inbox-task-form"), FullPage = true });
        await inbox.CompleteAsync();
        await Expect(inbox.Card(title)).ToHaveCountAsync(0);

        await admin.GotoAsync($"/workflows/instances/{instanceId}");
        var run = new RunViewerPage(admin);
        await run.WaitForCanvasAsync();
        await Expect(run.Status).ToHaveTextAsync("Finished");
        foreach (var step in new[] { "manualStart1", "humanTask1", "writeLine1" })
            await Expect(run.Node(step)).ToHaveClassAsync(new Regex("node-visited"));
        await admin.ScreenshotAsync(new() { Path = Artifacts.ScreenshotPath("instance-finished-path"), FullPage = true });
        // The base class's screenshot shows the last browser opened: the member's inbox after completing.
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        var signIn = new SignInPage(page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(email, TestPasswords.Demo);
    }

    private static string? FormOf(JsonElement draft) =>
        WorkflowApi.Activities(draft).EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "HumanTask" && a.TryGetProperty("inputs", out var inputs) && inputs.TryGetProperty("form", out _))
            .Select(a => a.GetProperty("inputs").GetProperty("form").GetProperty("expression").GetProperty("value").GetString())
            .FirstOrDefault();

    private static bool HasText(JsonElement draft) =>
        WorkflowApi.Activities(draft).EnumerateArray().Any(a => a.GetProperty("type").GetString() == "WriteLine" && a.TryGetProperty("inputs", out var inputs) && inputs.TryGetProperty("text", out _));
}
