using System.Data.Common;
using Dapper;
using Npgsql;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Features.Workflows;

public sealed partial class DapperWorkflowStore
{
    public async Task<WorkflowDefinition> SaveDraftAsync(string organisationId, WorkflowDefinition draft, CancellationToken cancellationToken = default) =>
        (await SaveDraftAsync(organisationId, draft, basedOnRevision: null, cancellationToken))!.Definition;

    /// <summary>
    /// Saves the draft as above when the definition's draft revision is still <paramref name="basedOnRevision"/> (0 for
    /// a definition not saved yet; null saves whatever it is); null, and nothing saved, when someone saved it since.
    /// </summary>
    public async Task<SavedDraft?> SaveDraftAsync(string organisationId, WorkflowDefinition draft, int? basedOnRevision, CancellationToken cancellationToken = default)
    {
        var orgId = OrganisationKey.Parse(organisationId);
        try
        {
            return await SaveDraftOnceAsync(orgId, draft, basedOnRevision, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Two first saves of a version raced on PostgreSQL (SQLite serialises them); the loser now sees the
            // winner's draft: it replaces it, as if it had saved second, unless it named the revision it was based on.
            return await SaveDraftOnceAsync(orgId, draft, basedOnRevision, cancellationToken);
        }
    }

    /// <summary>The draft revision of the latest version; 0 when the organisation has no such workflow.</summary>
    public async Task<int> FindDraftRevisionAsync(string organisationId, string definitionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            "SELECT draft_revision FROM workflow_definitions WHERE org_id = @orgId AND definition_id = @definitionId AND is_latest",
            new { orgId = OrganisationKey.Parse(organisationId), definitionId }, cancellationToken: cancellationToken)) ?? 0;
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

    private async Task<SavedDraft?> SaveDraftOnceAsync(Guid orgId, WorkflowDefinition draft, int? basedOnRevision, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            orgId,
            definitionId = draft.DefinitionId,
            name = draft.Name,
            document = WorkflowJson.Serialize(draft),
            now = clock.GetUtcNow(),
            basedOnRevision,
        };
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The latest row's revision is counted up first, whatever comes next: this write takes the row (PostgreSQL) or
        // the database (SQLite), so of two saves based on one revision the second waits, then finds it changed.
        var latest = await connection.QuerySingleOrDefaultAsync<LatestRow>(new CommandDefinition(
            $"""
            UPDATE workflow_definitions SET draft_revision = draft_revision + 1
            WHERE org_id = @orgId AND definition_id = @definitionId AND is_latest
            {(basedOnRevision is null ? "" : "AND draft_revision = @basedOnRevision")}
            RETURNING version, is_published, draft_revision
            """,
            parameters, transaction, cancellationToken: cancellationToken));
        if (latest is null && basedOnRevision is > 0)
            return null;
        var revision = latest?.DraftRevision ?? 1;
        int version;
        if (latest is { IsPublished: false })
        {
            version = latest.Version;
            var update = new DynamicParameters(parameters);
            update.Add("version", version);
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                UPDATE workflow_definitions SET name = @name, document = {Dialect.Json("document")}, updated_at = @now
                WHERE org_id = @orgId AND definition_id = @definitionId AND version = @version
                """,
                update, transaction, cancellationToken: cancellationToken));
        }
        else
        {
            version = await AddVersionAsync(connection, transaction, parameters, latest?.Version, revision, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new SavedDraft { Definition = draft.AsVersion(version, isLatest: true, isPublished: false), Revision = revision };
    }

    // The latest version is published (or there is none): the draft becomes the next version and the latest one.
    private async Task<int> AddVersionAsync(
        DbConnection connection, DbTransaction transaction, object parameters, int? previous, int revision, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_definitions SET is_latest = FALSE, updated_at = @now
            WHERE org_id = @orgId AND definition_id = @definitionId AND is_latest
            """,
            parameters, transaction, cancellationToken: cancellationToken));
        var version = (previous ?? 0) + 1;
        var insert = new DynamicParameters(parameters);
        insert.Add("version", version);
        insert.Add("revision", revision);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO workflow_definitions (org_id, definition_id, version, name, is_published, is_latest, document, created_at, updated_at, draft_revision)
            VALUES (@orgId, @definitionId, @version, @name, FALSE, TRUE, {Dialect.Json("document")}, @now, @now, @revision)
            """,
            insert, transaction, cancellationToken: cancellationToken));
        return version;
    }

    private sealed class LatestRow
    {
        public int Version { get; init; }
        public bool IsPublished { get; init; }
        public int DraftRevision { get; init; }
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
