using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Completes human tasks that ask for a workspace form: the entered values are checked against the form, sent typed as
/// the task's result, and, when the form is bound to a table, appended to it as a row the firm entered. The row is an
/// outbox message committed with the task's completion (both or neither); it is written at once after the commit, and
/// the outbox dispatcher writes it should the portal stop in between.
/// </summary>
public sealed class WorkspaceTasks(
    WorkflowRuntime runtime, WorkflowCatalog catalog, WorkspaceStore workspace, TableRowEffect rows, FormFileStore files, IOptions<FormFileOptions> fileLimits,
    ICurrentActor actor, TimeProvider clock)
{
    /// <summary>
    /// Completes any open task as the API receives it: a human task asking for a workspace form goes through that form's
    /// checks (and table), every other task straight to the runtime. Null when the firm has no such open task.
    /// </summary>
    public async Task<Result<WorkflowInstance>?> CompleteAsync(string bookmarkId, TaskCompletion completion, CancellationToken cancellationToken = default)
    {
        var bookmark = await catalog.FindBookmarkAsync(actor.RequireOrganisationId(), bookmarkId, cancellationToken);
        var formKey = bookmark?.Kind == BookmarkKind.HumanTask && bookmark.Payload?["form"] is JsonValue value && value.TryGetValue<string>(out var key) ? key : null;
        var form = formKey is null ? null : await workspace.FindFormAsync(formKey, cancellationToken);
        return form is null
            ? await runtime.CompleteTaskAsync(bookmarkId, completion, cancellationToken)
            : await CompleteAsync(bookmarkId, form, completion.Fields ?? [], cancellationToken);
    }

    /// <summary>
    /// Completes the task with <paramref name="entered"/> checked against <paramref name="form"/>; the field errors when
    /// the values do not fit, null when the firm has no such open task.
    /// </summary>
    public async Task<Result<WorkflowInstance>?> CompleteAsync(string bookmarkId, WorkspaceForm form, JsonObject entered, CancellationToken cancellationToken = default)
    {
        var check = FormValues.Check(form.Form, entered, fileLimits.Value);
        if (!check.Succeeded)
            return Result<WorkflowInstance>.Failure(check.Errors);
        var values = await files.StoreAsync(form.Key, form.Form, check.Value, cancellationToken);
        if (form.Table is not { } table)
            return await runtime.CompleteTaskAsync(bookmarkId, new TaskCompletion { Fields = values }, cancellationToken);
        var now = clock.GetUtcNow();
        var row = FormValues.ToRow(form.Form, table, values, now);
        OutboxMessage? message = null;
        var completed = await runtime.CompleteTaskAsync(bookmarkId, new TaskCompletion { Fields = values },
            bookmark => message = TableRowEffect.Message(RowKey(bookmark.Id), bookmark.OrganisationId, bookmark.InstanceId, bookmark.ActivityId, form, table, row, now),
            cancellationToken);
        // A task someone else completed first commits no message, so adds nothing to the table.
        if (completed is { Succeeded: true } && message is not null)
            await rows.PerformAsync(message, cancellationToken);
        return completed;
    }

    /// <summary>The key of the row a completed form task appends: one row per task, however often it is written.</summary>
    public static string RowKey(string bookmarkId) => $"table-row:{bookmarkId}";
}
