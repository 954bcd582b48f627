using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Features.Workflows;

public sealed partial class DapperWorkflowStore
{
    /// <summary>
    /// Saves <paramref name="definition"/> as the next version of its workflow and publishes it, inside the caller's
    /// transaction, so that a template install or upgrade commits its workflows together with its forms and tables.
    /// The definition was validated by the caller (templates are checked when they load).
    /// </summary>
    public static async Task<WorkflowDefinition> PublishNewVersionAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, Guid orgId, WorkflowDefinition definition,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var parameters = new { orgId, definitionId = definition.DefinitionId, name = definition.Name, document = WorkflowJson.Serialize(definition), now };
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_definitions SET is_published = FALSE, updated_at = @now
            WHERE org_id = @orgId AND definition_id = @definitionId AND is_published
            """,
            parameters, transaction, cancellationToken: cancellationToken));
        var previous = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            """
            UPDATE workflow_definitions SET is_latest = FALSE, updated_at = @now
            WHERE org_id = @orgId AND definition_id = @definitionId AND is_latest
            RETURNING version
            """,
            parameters, transaction, cancellationToken: cancellationToken));
        var insert = new DynamicParameters(parameters);
        insert.Add("version", (previous ?? 0) + 1);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO workflow_definitions (org_id, definition_id, version, name, is_published, is_latest, document, created_at, updated_at)
            VALUES (@orgId, @definitionId, @version, @name, TRUE, TRUE, {dialect.Json("document")}, @now, @now)
            """,
            insert, transaction, cancellationToken: cancellationToken));
        var published = definition.AsVersion((previous ?? 0) + 1, isLatest: true, isPublished: true);
        await ReplaceTriggersAsync(connection, transaction, orgId, definition.DefinitionId, published, now, cancellationToken);
        return published;
    }
}
