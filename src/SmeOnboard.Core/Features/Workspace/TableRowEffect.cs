using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// Appends the row a form submission entered, from an outbox message committed together with the submission (the
/// completed task or the started workflow). The row is keyed by the message's idempotency key, so performing the
/// message again (the inline write after the commit, then the dispatcher) adds it once.
/// </summary>
public sealed class TableRowEffect(IDbConnectionFactory db) : IOutboxEffect
{
    public OutboxKind Kind => OutboxKind.TableRow;

    /// <summary>The message that appends <paramref name="row"/> to <paramref name="form"/>'s table under <paramref name="key"/>.</summary>
    public static OutboxMessage Message(
        string key, string organisationId, string instanceId, string activityId, WorkspaceForm form, TemplateTable table,
        IReadOnlyDictionary<string, object?> row, DateTimeOffset now) => new()
    {
        IdempotencyKey = key,
        OrganisationId = organisationId,
        InstanceId = instanceId,
        ActivityId = activityId,
        Kind = OutboxKind.TableRow,
        Payload = new() { ["installationId"] = form.InstallationId.ToString(), ["tableId"] = table.Id, ["data"] = RowJson.Write(table, row) },
        CreatedAt = now,
    };

    public async Task PerformAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.Payload;
        await using var connection = await db.OpenAsync(cancellationToken);
        // The installation must still be the organisation's: a firm that removed it meanwhile gets no orphan row.
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO workspace_rows (org_id, installation_id, table_id, source, data, created_at, entry_key)
            SELECT i.org_id, i.id, @tableId, @source, {db.Dialect.Json("data")}, @createdAt, @key
            FROM workspace_installations i WHERE i.org_id = @orgId AND i.id = @installationId
            ON CONFLICT (org_id, entry_key) DO NOTHING
            """,
            new
            {
                orgId = OrganisationKey.Parse(message.OrganisationId),
                installationId = Guid.Parse(payload["installationId"]!.GetValue<string>()),
                tableId = payload["tableId"]!.GetValue<string>(),
                source = WorkspaceStore.EnteredSource,
                data = payload["data"]!.GetValue<string>(),
                createdAt = DapperTypeHandlers.ToStoredPrecision(message.CreatedAt),
                key = message.IdempotencyKey,
            },
            cancellationToken: cancellationToken));
    }
}
