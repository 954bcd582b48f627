using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workspace;

/// <summary>A form task bound to a table: the completion and the row it appends commit together or not at all.</summary>
[Collection(WorkflowClaimsCollection.Name)]
public sealed class FormTaskAtomicityTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(InstalledTemplate Installed, OpenTask Task, WorkspaceForm Form)> StartShiftReportAsync(WorkspaceHarness ws)
    {
        var installed = await ws.InstallAsync(WorkspaceHarness.Template("oee-calculator"));
        Assert.True((await ws.As<WorkflowRuntime>().StartAsync("oee-calculator-shift-report", null, Ct))!.Succeeded);
        var task = Assert.Single(await ws.As<WorkflowRuntime>(ws.Member(Roles.FirmMember)).ListMyTasksAsync(Ct));
        return (installed, task, (await ws.As<WorkspaceStore>().FindFormAsync(task.Form!, Ct))!);
    }

    private static async Task ExecuteAsync(WorkspaceHarness ws, string sql)
    {
        await using var connection = await ws.Portal.Database.Connections.OpenAsync(Ct);
        await connection.ExecuteAsync(sql);
    }

    [Theory, BothDatabases]
    public async Task A_completion_whose_commit_fails_leaves_the_task_open_and_the_table_without_its_row(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var (installed, task, form) = await StartShiftReportAsync(ws);
        var before = (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count;
        // The database refuses this firm's row message, the last write of the completion's transaction.
        var trigger = $"refuse_rows_{Guid.NewGuid():N}";
        var org = ws.Firm.Id.ToString();
        await ExecuteAsync(ws, provider == DatabaseProvider.Sqlite
            ? $"CREATE TRIGGER {trigger} BEFORE INSERT ON workflow_outbox WHEN NEW.kind = 'TableRow' AND lower(NEW.org_id) = '{org}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
            : $"""
              CREATE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
              CREATE TRIGGER {trigger} BEFORE INSERT ON workflow_outbox FOR EACH ROW
              WHEN (NEW.kind = 'TableRow' AND NEW.org_id = '{org}') EXECUTE FUNCTION {trigger}();
              """);
        try
        {
            await Assert.ThrowsAnyAsync<DbException>(() =>
                ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember)).CompleteAsync(task.BookmarkId, form, ValidValues.For(form.Form), Ct));
        }
        finally
        {
            await ExecuteAsync(ws, provider == DatabaseProvider.Sqlite
                ? $"DROP TRIGGER {trigger}"
                : $"DROP TRIGGER {trigger} ON workflow_outbox; DROP FUNCTION {trigger}();");
        }

        Assert.Equal(task.BookmarkId, Assert.Single(await ws.As<WorkflowRuntime>(ws.Member(Roles.FirmMember)).ListMyTasksAsync(Ct)).BookmarkId);
        Assert.Equal(before, (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count);
        Assert.Equal(0, await ws.CountAsync("SELECT COUNT(*) FROM workflow_outbox WHERE idempotency_key = @key", new { key = WorkspaceTasks.RowKey(task.BookmarkId) }));
    }

    private static async Task DispatchOutboxAsync(WorkspaceHarness ws)
    {
        while (await ws.NewWorker<OutboxDispatcher>().DispatchDueAsync(Ct) > 0)
        {
        }
    }

    [Theory, BothDatabases]
    public async Task The_dispatcher_performing_a_written_rows_message_again_adds_no_second_row(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var (installed, task, form) = await StartShiftReportAsync(ws);
        var before = (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count;
        Assert.True((await ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember)).CompleteAsync(task.BookmarkId, form, ValidValues.For(form.Form), Ct))!.Succeeded);

        await DispatchOutboxAsync(ws);

        Assert.Equal(before + 1, (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count);
        Assert.Equal(1, await ws.CountAsync("SELECT COUNT(*) FROM workflow_outbox WHERE idempotency_key = @key AND done_at IS NOT NULL", new { key = WorkspaceTasks.RowKey(task.BookmarkId) }));
    }

    [Theory, BothDatabases]
    public async Task A_row_lost_between_the_commit_and_its_write_is_written_by_the_outbox_dispatcher(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var (installed, task, form) = await StartShiftReportAsync(ws);
        var before = (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count;
        Assert.True((await ws.As<WorkspaceTasks>(ws.Member(Roles.FirmMember)).CompleteAsync(task.BookmarkId, form, ValidValues.For(form.Form), Ct))!.Succeeded);
        // What a portal that stopped right after the commit leaves: the completed task and its message, no row yet.
        var key = WorkspaceTasks.RowKey(task.BookmarkId);
        await ExecuteAsync(ws, $"DELETE FROM workspace_rows WHERE entry_key = '{key}'");

        await DispatchOutboxAsync(ws);

        Assert.Equal(before + 1, (await ws.As<IWorkspaceData>().ReadRowsAsync(installed.Id, "shift_production", Ct)).Count);
        Assert.Equal(1, await ws.CountAsync("SELECT COUNT(*) FROM workspace_rows WHERE entry_key = @key", new { key }));
    }
}
