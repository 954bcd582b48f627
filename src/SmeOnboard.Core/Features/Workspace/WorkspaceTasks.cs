using System.Text.Json.Nodes;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Completes human tasks that ask for a workspace form: the entered values are checked against the form, sent typed as
/// the task's result, and, when the form is bound to a table, appended to it as a row the firm entered.
/// </summary>
public sealed class WorkspaceTasks(WorkflowRuntime runtime, WorkspaceStore workspace, TimeProvider clock)
{
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
