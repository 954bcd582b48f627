using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

public sealed partial class DapperWorkflowStore
{
    public async Task<BurstSaveResult> SaveBurstAsync(BurstResult burst, CancellationToken cancellationToken = default)
    {
        if (!burst.Changed)
            return BurstSaveResult.Saved;
        var instance = burst.Instance;
        var orgId = OrganisationKey.Parse(instance.OrganisationId);
        await using var connection = await db.OpenAsync(cancellationToken);
        // Any failure below disposes the transaction uncommitted: a burst is kept whole or not at all. A burst that is
        // one statement on PostgreSQL (the instance and its journal, nothing else) is whole by itself, and committing
        // it on its own saves the round trip of a COMMIT.
        await using var transaction = IsOneStatement(burst) ? null : await connection.BeginTransactionAsync(cancellationToken);

        if (!await WriteInstanceAndJournalAsync(connection, transaction, burst, orgId, cancellationToken))
            return BurstSaveResult.Conflict;
        // One statement per bookmark: Dapper expands IN lists on SQLite but sends an array to Npgsql, and a burst
        // removes only a few.
        await ExecuteEachAsync(connection, transaction,
            "DELETE FROM workflow_bookmarks WHERE org_id = @orgId AND instance_id = @instanceId AND id = @id",
            burst.BookmarksRemoved.Select(id => (object)new { orgId, instanceId = instance.Id, id }), cancellationToken);
        await ExecuteEachAsync(connection, transaction, InsertBookmarkSql, burst.BookmarksCreated.Select(b => BookmarkRow.Parameters(b, orgId)), cancellationToken);
        await ExecuteEachAsync(connection, transaction, InsertOutboxSql, burst.Outbox.Select(m => OutboxRow.Parameters(m, orgId)), cancellationToken);

        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return BurstSaveResult.Saved;
    }

    private bool IsOneStatement(BurstResult burst) =>
        Dialect.Provider == DatabaseProvider.Postgres
        && burst.BookmarksRemoved.Count == 0 && burst.BookmarksCreated.Count == 0 && burst.Outbox.Count == 0;

    /// <summary>
    /// Writes the instance row and the burst's journal row; false (and nothing written) when the revision check refuses
    /// the burst. The instance row goes first: its revision check decides whether anything else may be written, and on
    /// PostgreSQL its row lock makes a concurrent burst of the same instance wait and then fail the same check.
    /// </summary>
    /// <remarks>
    /// On PostgreSQL both go in one statement (the journal row is inserted from the instance statement's RETURNING), so
    /// a burst costs one round trip before its commit; SQLite runs in process, where two statements cost nothing more.
    /// </remarks>
    private async Task<bool> WriteInstanceAndJournalAsync(
        DbConnection connection, DbTransaction? transaction, BurstResult burst, Guid orgId, CancellationToken cancellationToken)
    {
        var instance = burst.Instance;
        var instanceSql = burst.PreviousRevision == 0 ? InsertInstanceSql : UpdateInstanceSql;
        var parameters = new DynamicParameters(InstanceRow.Parameters(instance, orgId, burst.PreviousRevision));
        if (burst.Journal.Count == 0)
            return await ExecuteAsync(instanceSql, parameters) == 1;
        parameters.AddDynamicParams(JournalParameters(instance.Id, orgId, burst.Journal));
        if (Dialect.Provider == DatabaseProvider.Postgres)
        {
            return await ExecuteAsync(
                $"""
                WITH instance AS ({instanceSql} RETURNING id)
                INSERT INTO workflow_journal_bursts ({JournalColumns})
                SELECT id, @firstSequence, @lastSequence, @orgId, @entries FROM instance
                """, parameters) == 1;
        }
        return await ExecuteAsync(instanceSql, parameters) == 1 && await ExecuteAsync(InsertJournalSql, parameters) == 1;

        Task<int> ExecuteAsync(string sql, DynamicParameters values) =>
            connection.ExecuteAsync(new CommandDefinition(sql, values, transaction, cancellationToken: cancellationToken));
    }

    private static async Task ExecuteEachAsync(
        DbConnection connection, DbTransaction? transaction, string sql, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
            await connection.ExecuteAsync(new CommandDefinition(sql, row, transaction, cancellationToken: cancellationToken));
    }

    // A new instance whose id is taken was started twice (or collides): the second start is refused like a stale burst.
    private string InsertInstanceSql =>
        $"""
        INSERT INTO workflow_instances (id, org_id, definition_id, definition_version, status, revision, state, created_at, updated_at, finished_at, started_by)
        VALUES (@id, @orgId, @definitionId, @definitionVersion, @status, @revision, @state, @createdAt, @updatedAt, @finishedAt, @startedBy)
        ON CONFLICT (id) DO NOTHING
        """;

    private string UpdateInstanceSql =>
        $"""
        UPDATE workflow_instances
        SET status = @status, revision = @revision, state = @state, updated_at = @updatedAt, finished_at = @finishedAt
        WHERE id = @id AND org_id = @orgId AND revision = @previousRevision
        """;

    private string InsertBookmarkSql =>
        $"""
        INSERT INTO workflow_bookmarks (id, instance_id, org_id, activity_id, kind, stimulus_key, stimulus_hash, payload, due_at, created_at)
        VALUES (@id, @instanceId, @orgId, @activityId, @kind, @stimulusKey, @stimulusHash, {Dialect.Json("payload")}, @dueAt, @createdAt)
        """;

    // The same key again can only come from a burst repeated after its first commit; the first message stands.
    private string InsertOutboxSql =>
        $"""
        INSERT INTO workflow_outbox (idempotency_key, instance_id, org_id, activity_id, kind, payload, created_at)
        VALUES (@idempotencyKey, @instanceId, @orgId, @activityId, @kind, {Dialect.Json("payload")}, @createdAt)
        ON CONFLICT (idempotency_key) DO NOTHING
        """;
}
