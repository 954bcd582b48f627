using Dapper;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>The versions of a workflow and who published them; every query names the organisation.</summary>
public sealed class DefinitionHistory(IDbConnectionFactory db)
{
    /// <summary>The newest version first; empty when the organisation has no such workflow.</summary>
    public async Task<IReadOnlyList<DefinitionVersion>> ListVersionsAsync(Guid orgId, string definitionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DefinitionVersion>(new CommandDefinition(
            """
            SELECT d.version, d.name, d.is_latest, d.is_published, d.created_at, d.updated_at, d.published_at, u.display_name AS published_by, d.version_note AS note
            FROM workflow_definitions d LEFT JOIN users u ON u.id = d.published_by
            WHERE d.org_id = @orgId AND d.definition_id = @definitionId
            ORDER BY d.version DESC
            """,
            new { orgId, definitionId }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Records the first publication of a version with its note; publishing the same version again keeps the first record.</summary>
    public async Task RecordPublicationAsync(
        Guid orgId, string definitionId, int version, Guid? userId, DateTimeOffset at, string? note, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_definitions SET published_at = @at, published_by = @userId, version_note = @note
            WHERE org_id = @orgId AND definition_id = @definitionId AND version = @version AND published_at IS NULL
            """,
            new { orgId, definitionId, version, userId, at, note }, cancellationToken: cancellationToken));
    }
}
