using System.Data.Common;
using Dapper;
using Npgsql;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Features.Workflows;

public sealed partial class DapperWorkflowStore
{
    public async Task<WorkflowDefinition> SaveDraftAsync(string organisationId, WorkflowDefinition draft, CancellationToken cancellationToken = default)
    {
        var orgId = OrganisationKey.Parse(organisationId);
        try
        {
            return await SaveDraftOnceAsync(orgId, draft, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Two first saves of a version raced on PostgreSQL (SQLite serialises them); the loser now sees the
            // winner's draft and replaces it, as if it had saved second.
            return await SaveDraftOnceAsync(orgId, draft, cancellationToken);
        }
    }

    public async Task<WorkflowDefinition?> PublishAsync(string organisationId, string definitionId, CancellationToken cancellationToken = default)
    {
        var parameters = new { orgId = OrganisationKey.Parse(organisationId), definitionId, now = clock.GetUtcNow() };
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The previously published version is withdrawn first: at most one published version may exist at any moment.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_definitions SET is_published = FALSE, updated_at = @now
            WHERE org_id = @orgId AND definition_id = @definitionId AND is_published AND NOT is_latest
            """,
            parameters, transaction, cancellationToken: cancellationToken));
        var published = await connection.QuerySingleOrDefaultAsync<DefinitionRow>(new CommandDefinition(
            $"""
            UPDATE workflow_definitions SET is_published = TRUE, updated_at = @now
            WHERE org_id = @orgId AND definition_id = @definitionId AND is_latest
            RETURNING {DefinitionRow.Columns}
            """,
            parameters, transaction, cancellationToken: cancellationToken));
        var definition = published?.ToDefinition();
        await ReplaceTriggersAsync(connection, transaction, parameters.orgId, definitionId, definition, parameters.now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return definition;
    }

    public Task<WorkflowDefinition?> FindDefinitionAsync(string organisationId, string definitionId, int version, CancellationToken cancellationToken = default) =>
        FindDefinitionWhereAsync("version = @version", organisationId, definitionId, version, cancellationToken);

    public Task<WorkflowDefinition?> FindPublishedAsync(string organisationId, string definitionId, CancellationToken cancellationToken = default) =>
        FindDefinitionWhereAsync("is_published", organisationId, definitionId, 0, cancellationToken);

    public Task<WorkflowDefinition?> FindLatestAsync(string organisationId, string definitionId, CancellationToken cancellationToken = default) =>
        FindDefinitionWhereAsync("is_latest", organisationId, definitionId, 0, cancellationToken);

    private async Task<WorkflowDefinition> SaveDraftOnceAsync(Guid orgId, WorkflowDefinition draft, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            orgId,
            definitionId = draft.DefinitionId,
            name = draft.Name,
            document = WorkflowJson.Serialize(draft),
            now = clock.GetUtcNow(),
        };
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var replaced = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            $"""
            UPDATE workflow_definitions SET name = @name, document = {Dialect.Json("document")}, updated_at = @now
            WHERE org_id = @orgId AND definition_id = @definitionId AND is_latest AND NOT is_published
            RETURNING version
            """,
            parameters, transaction, cancellationToken: cancellationToken));
        var version = replaced ?? await AddVersionAsync(connection, transaction, parameters, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return draft.AsVersion(version, isLatest: true, isPublished: false);
    }

    // The latest version is published (or there is none): the draft becomes the next version and the latest one.
    private async Task<int> AddVersionAsync(DbConnection connection, DbTransaction transaction, object parameters, CancellationToken cancellationToken)
    {
        var previous = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            """
            UPDATE workflow_definitions SET is_latest = FALSE, updated_at = @now
            WHERE org_id = @orgId AND definition_id = @definitionId AND is_latest
            RETURNING version
            """,
            parameters, transaction, cancellationToken: cancellationToken));
        var version = (previous ?? 0) + 1;
        var insert = new DynamicParameters(parameters);
        insert.Add("version", version);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO workflow_definitions (org_id, definition_id, version, name, is_published, is_latest, document, created_at, updated_at)
            VALUES (@orgId, @definitionId, @version, @name, FALSE, TRUE, {Dialect.Json("document")}, @now, @now)
            """,
            insert, transaction, cancellationToken: cancellationToken));
        return version;
    }

    private async Task<WorkflowDefinition?> FindDefinitionWhereAsync(
        string condition, string organisationId, string definitionId, int version, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DefinitionRow>(new CommandDefinition(
            $"""
            SELECT {DefinitionRow.Columns} FROM workflow_definitions
            WHERE org_id = @orgId AND definition_id = @definitionId AND {condition}
            """,
            new { orgId = OrganisationKey.Parse(organisationId), definitionId, version },
            cancellationToken: cancellationToken));
        return row?.ToDefinition();
    }
}
