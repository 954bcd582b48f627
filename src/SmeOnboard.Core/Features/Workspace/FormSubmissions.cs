using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Forms a firm member submits to start workflows: the workspace forms that a published workflow's FormSubmitted start
/// names. A submission is checked against the form, starts every such workflow with the typed values, and appends them
/// to the form's table when it is bound to one; the row is an outbox message in the first instance's first burst, so
/// the row and that start commit together.
/// </summary>
public sealed class FormSubmissions(
    WorkspaceStore workspace, WorkflowCatalog catalog, IWorkflowStore store, WorkflowExecutor executor, TableRowEffect rows,
    FormFileStore files, IOptions<FormFileOptions> fileLimits, AuditLog audit, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>The firm's forms that start at least one published workflow, by form key.</summary>
    public async Task<IReadOnlyList<StartForm>> ListAsync(CancellationToken cancellationToken = default)
    {
        var starts = await StartsAsync(cancellationToken);
        var forms = new List<StartForm>();
        foreach (var key in starts.Keys.Order(StringComparer.Ordinal))
        {
            if (await workspace.FindFormAsync(key, cancellationToken) is { } form)
                forms.Add(new StartForm { Form = form, Workflows = starts[key].Select(s => s.Definition.Name).Distinct().ToList() });
        }
        return forms;
    }

    /// <summary>The start form with workspace key <paramref name="formKey"/>, or null when the firm has none such.</summary>
    public async Task<StartForm?> FindAsync(string formKey, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(f => f.Form.Key == formKey);

    /// <summary>
    /// Checks <paramref name="entered"/> against the form and starts its workflows; the field errors when the values do
    /// not fit, null when the firm has no such start form.
    /// </summary>
    public async Task<Result<FormSubmission>?> SubmitAsync(string formKey, JsonObject entered, CancellationToken cancellationToken = default)
    {
        var form = await workspace.FindFormAsync(formKey, cancellationToken);
        if (form is null || !(await StartsAsync(cancellationToken)).TryGetValue(formKey, out var starts))
            return null;
        var check = FormValues.Check(form.Form, entered, fileLimits.Value);
        if (!check.Succeeded)
            return Result<FormSubmission>.Failure(check.Errors);
        var values = await files.StoreAsync(formKey, form.Form, check.Value, cancellationToken);
        var organisation = OrganisationKey.Format(actor.RequireOrganisationId());
        var now = clock.GetUtcNow();
        var row = form.Table is { } table ? FormValues.ToRow(form.Form, table, values, now) : null;
        OutboxMessage? rowMessage = null;
        var started = new List<string>();
        foreach (var (definition, activityId) in starts)
        {
            Func<WorkflowInstance, OutboxMessage>? alsoCommit = row is not null && rowMessage is null
                ? instance => rowMessage = TableRowEffect.Message(RowKey(instance.Id), organisation, instance.Id, activityId, form, form.Table!, row, now)
                : null;
            var result = await executor.StartAsync(definition, new StartRequest
            {
                OrganisationId = organisation,
                TriggerActivityId = activityId,
                TriggerPayload = values.DeepClone(),
                Input = values.DeepClone(),
                StartedBy = StartedBy.User(actor.UserId),
            }, alsoCommit, cancellationToken);
            if (result.Outcome != ExecutionOutcome.Saved)
            {
                // The message went down with the start it rode on; the next start carries it.
                if (alsoCommit is not null)
                    rowMessage = null;
                continue;
            }
            started.Add(result.Instance!.Id);
            await audit.RecordAsync(new AuditRecord("workflow.started", "WorkflowInstance", result.Instance.Id,
                $"Instance of '{definition.DefinitionId}' v{definition.Version} started by form '{formKey}'"), cancellationToken);
        }
        if (rowMessage is not null)
            await rows.PerformAsync(rowMessage, cancellationToken);
        return new FormSubmission { InstanceIds = started, RowAdded = rowMessage is not null };
    }

    /// <summary>The key of the row a start form's submission appends: one row per submission, kept with its first instance.</summary>
    public static string RowKey(string instanceId) => $"form-row:{instanceId}";

    // Form key to the published workflows (and their FormSubmitted start activity) it starts. A FormSubmitted activity
    // that something points to waits mid-flow; only one nothing points to starts an instance.
    private async Task<Dictionary<string, List<(WorkflowDefinition Definition, string ActivityId)>>> StartsAsync(CancellationToken cancellationToken)
    {
        var orgId = actor.RequireOrganisationId();
        var organisation = OrganisationKey.Format(orgId);
        var starts = new Dictionary<string, List<(WorkflowDefinition, string)>>(StringComparer.Ordinal);
        foreach (var summary in await catalog.ListDefinitionsAsync(orgId, cancellationToken))
        {
            if (summary.PublishedVersion is null || await store.FindPublishedAsync(organisation, summary.DefinitionId, cancellationToken) is not { } definition)
                continue;
            var targets = definition.Root.Connections.Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
            foreach (var activity in definition.Root.Activities.Where(a => a.Type == "FormSubmitted" && !targets.Contains(a.Id)))
            {
                if (activity.Input("form")?.Expression is { Type: ExpressionKind.Literal, Value: JsonValue value } && value.TryGetValue<string>(out var key))
                {
                    if (!starts.TryGetValue(key, out var list))
                        starts[key] = list = [];
                    list.Add((definition, activity.Id));
                }
            }
        }
        return starts;
    }
}
