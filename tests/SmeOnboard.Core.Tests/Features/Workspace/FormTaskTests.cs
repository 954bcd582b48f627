using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workspace;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class FormTaskTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(InstalledTemplate Installed, OpenTask Task, WorkspaceForm Form)> StartShiftReportAsync(WorkspaceHarness ws)
    {
        var installed = await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));
        Assert.True((await ws.As<WorkflowRuntime>().StartAsync("oee-calculator-shift-report", null, Ct))!.Succeeded);
        var task = Assert.Single(await ws.As<WorkflowRuntime>(ws.Member(Roles.FirmMember)).ListMyTasksAsync(Ct));
        var form = await ws.As<WorkspaceStore>().FindFormAsync(task.Form!, Ct);
        return (installed, task, form!);
    }

    [Theory, BothDatabases]
    public async Task Completing_a_form_task_sends_typed_values_and_appends_a_row_to_the_bound_table(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var (installed, task, form) = await StartShiftReportAsync(ws);
        var before = (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count;
        var entered = new JsonObject
        {
            ["machine"] = "CNC-02", ["shift"] = "late", ["plannedTimeMin"] = "450", ["runTimeMin"] = "400",
            ["idealCycleTimeS"] = "42", ["totalCount"] = "500", ["goodCount"] = "490", ["note"] = "",
        };

        var completed = await ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember)).CompleteAsync(task.BookmarkId, form, entered, Ct);

        Assert.True(completed!.Succeeded);
        Assert.Equal(WorkflowStatus.Finished, completed.Value.Status);
        var report = completed.Value.Variables["report"]!;
        Assert.Equal((450.0, 500L, "CNC-02"), (report["plannedTimeMin"]!.GetValue<double>(), report["totalCount"]!.GetValue<long>(), report["machine"]!.GetValue<string>()));
        var rows = await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct);
        Assert.Equal(before + 1, rows.Count);
        var row = rows[^1];
        Assert.Equal(("CNC-02", "late", 490.0, DateOnly.FromDateTime(ws.Portal.Clock.GetUtcNow().UtcDateTime)),
            ((string)row["machine"]!, (string)row["shift"]!, (double)row["good_count"]!, (DateOnly)row["date"]!));
    }

    [Theory, BothDatabases]
    public async Task Values_that_do_not_fit_the_form_are_refused_field_by_field_and_leave_the_task_and_table_as_they_were(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var (installed, task, form) = await StartShiftReportAsync(ws);
        var before = (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count;
        var entered = new JsonObject
        {
            ["machine"] = "", ["shift"] = "night", ["plannedTimeMin"] = "four hundred", ["runTimeMin"] = "400",
            ["idealCycleTimeS"] = "42", ["totalCount"] = "500.5", ["goodCount"] = "490",
        };

        var refused = await ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember)).CompleteAsync(task.BookmarkId, form, entered, Ct);

        Assert.Equal(
            [("machine", FormValues.RequiredCode), ("shift", FormValues.NotOptionCode), ("plannedTimeMin", FormValues.NotNumberCode), ("totalCount", FormValues.NotWholeNumberCode)],
            refused!.Errors.Select(e => (e.Field, e.Code)));
        Assert.Single(await ws.As<WorkflowRuntime>(ws.Member(Roles.FirmMember)).ListMyTasksAsync(Ct));
        Assert.Equal(before, (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count);
    }

    [Theory, BothDatabases]
    public async Task A_completion_sent_by_bookmark_alone_is_checked_against_the_tasks_workspace_form(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var (installed, task, form) = await StartShiftReportAsync(ws);
        var before = (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count;

        var refused = await ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember))
            .CompleteAsync(task.BookmarkId, new TaskCompletion { Fields = new JsonObject { ["notes"] = "done" } }, Ct);
        var completed = await ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember))
            .CompleteAsync(task.BookmarkId, new TaskCompletion { Fields = ValidValues.For(form.Form) }, Ct);

        Assert.Contains(refused!.Errors, e => (e.Field, e.Code) == ("machine", FormValues.RequiredCode));
        Assert.True(completed!.Succeeded);
        Assert.Equal(before + 1, (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count);
    }
}
