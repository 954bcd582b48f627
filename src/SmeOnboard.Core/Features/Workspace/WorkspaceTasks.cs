using System.Text.Json.Nodes;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Completes human tasks that ask for a workspace form: the entered values are checked against the form, sent typed as
/// the task's result, and, when the form is bound to a table, appended to it as a row the firm entered.
/// </summary>
public sealed class WorkspaceTasks(WorkflowRuntime runtime, WorkflowCatalog catalog, WorkspaceStore workspace, ICurrentActor actor, TimeProvider clock)
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
        var values = FormValues.Check(form.Form, entered);
        if (!values.Succeeded)
            return Result<WorkflowInstance>.Failure(values.Errors);
        var completed = await runtime.CompleteTaskAsync(bookmarkId, new TaskCompletion { Fields = values.Value }, cancellationToken);
        // The row follows the completion: a task someone else completed first adds nothing to the table.
        if (completed is { Succeeded: true } && form.Table is { } table)
            await workspace.AppendEnteredRowAsync(form, FormValues.ToRow(form.Form, table, values.Value, clock.GetUtcNow()), cancellationToken);
        return completed;
    }
}
