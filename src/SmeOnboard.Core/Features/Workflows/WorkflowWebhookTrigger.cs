using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.Logging;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Activities.BuiltIn;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Anonymous calls of a workflow's webhook: the secret alone says which organisation's workflow is meant. The call
/// resumes that workflow's instances waiting at one of its Webhook activities, or else starts a new instance.
/// </summary>
public sealed class WorkflowWebhookTrigger(IDbConnectionFactory db, IWorkflowStore store, WorkflowExecutor executor, ILogger<WorkflowWebhookTrigger> logger)
{
    /// <summary>Null when no organisation's workflow of that id has this secret, or it has no published version.</summary>
    public async Task<WebhookCall?> CallAsync(string definitionId, string? secret, JsonNode? body, CancellationToken cancellationToken = default)
    {
        var organisation = string.IsNullOrEmpty(secret) ? null : await FindOrganisationAsync(definitionId, secret, cancellationToken);
        if (organisation is null)
        {
            WorkflowLog.WebhookRefused(logger, definitionId);
            return null;
        }
        var definition = await store.FindPublishedAsync(organisation, definitionId, cancellationToken);
        if (definition is null)
            return null;

        var webhooks = definition.Root.Activities.Where(a => a.Type == nameof(Webhook)).ToList();
        var resumed = new List<string>();
        foreach (var path in webhooks.Select(PathOf).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var moved = await executor.ResumeAsync(organisation, new Stimulus(BookmarkKind.Webhook, path, body?.DeepClone()), definitionId, cancellationToken);
            resumed.AddRange(moved.Select(i => i.Id));
        }
        if (resumed.Count > 0)
            return new WebhookCall { Resumed = resumed };

        // Nobody waited: the call starts the workflow, at its Webhook trigger when it begins with one (the rule
        // publishing records triggers by, WorkflowTrigger.Of).
        var trigger = WorkflowTrigger.Of(definition).FirstOrDefault(t => t.Kind == BookmarkKind.Webhook);
        var request = trigger is null
            ? new StartRequest { OrganisationId = organisation, Input = body?.DeepClone(), StartedBy = StartedBy.Webhook }
            : new StartRequest { OrganisationId = organisation, TriggerActivityId = trigger.ActivityId, TriggerPayload = body?.DeepClone(), Input = body?.DeepClone(), StartedBy = StartedBy.Webhook };
        var started = await executor.StartAsync(definition, request, cancellationToken);
        return new WebhookCall { Started = started.Instance?.Id };
    }

    private static string? PathOf(ActivityNode node) =>
        node.Input("path")?.Expression.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? node.Input("path")!.Expression.Value!.GetValue<string>()
            : null;

    // Several organisations may use the same definition id; every candidate's hash is compared in constant time.
    private async Task<string?> FindOrganisationAsync(string definitionId, string secret, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<WebhookSecretRow>(new CommandDefinition(
            "SELECT org_id, secret_hash FROM workflow_webhook_secrets WHERE definition_id = @definitionId",
            new { definitionId }, cancellationToken: cancellationToken));
        string? match = null;
        foreach (var row in rows)
        {
            if (WebhookSecretHash.Matches(secret, row.SecretHash))
                match = OrganisationKey.Format(row.OrgId);
        }
        return match;
    }
}
