using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Workflows.Persistence;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>Issues the secret that lets an outside system call one of the current organisation's workflows.</summary>
public sealed class WorkflowWebhookSecrets(IDbConnectionFactory db, IWorkflowStore store, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Makes a new secret for the workflow, replacing any earlier one, and returns it: it is shown this once, since only
    /// its hash is kept. Null when the organisation has no such workflow.
    /// </summary>
    public async Task<string?> IssueAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        if (await store.FindLatestAsync(OrganisationKey.Format(orgId), definitionId, cancellationToken) is null)
            return null;
        var secret = WebhookSecretHash.NewSecret();
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO workflow_webhook_secrets (org_id, definition_id, secret_hash, created_at)
            VALUES (@orgId, @definitionId, @hash, @now)
            ON CONFLICT (org_id, definition_id) DO UPDATE SET secret_hash = excluded.secret_hash, created_at = excluded.created_at
            """,
            new { orgId, definitionId, hash = WebhookSecretHash.Of(secret), now = clock.GetUtcNow() },
            cancellationToken: cancellationToken));
        await audit.RecordAsync(new AuditRecord("workflow.webhook-secret-issued", "WorkflowDefinition", definitionId, "New webhook secret issued; the old one no longer works"), cancellationToken);
        return secret;
    }
}
