using Dapper;
using SmeOnboard.Workflows.Persistence;

namespace SmeOnboard.Core.Features.Workflows;

public sealed partial class DapperWorkflowStore
{
    public async Task<IReadOnlyList<TimerClaim>> ClaimDueTimersAsync(DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        var token = Guid.NewGuid();
        await using var connection = await db.OpenAsync(cancellationToken);
        // One statement picks and marks the rows. On PostgreSQL, SKIP LOCKED lets concurrent workers take disjoint
        // batches without waiting; a row claimed meanwhile fails the re-checked lease condition. SQLite runs one
        // writer at a time, so the statement alone is atomic.
        var rows = await connection.QueryAsync<BookmarkRow>(new CommandDefinition(
            $"""
            UPDATE workflow_bookmarks SET claim_token = @token, claim_until = @leaseUntil
            WHERE id IN (
                SELECT id FROM workflow_bookmarks
                WHERE due_at <= @now AND (claim_until IS NULL OR claim_until <= @now)
                ORDER BY due_at
                LIMIT @max
                {Dialect.ForUpdateSkipLocked})
            RETURNING {BookmarkRow.Columns}
            """,
            new { token, leaseUntil, now, max }, cancellationToken: cancellationToken));
        return rows.OrderBy(r => r.DueAt).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new TimerClaim { Bookmark = r.ToBookmark(), Token = token, LeaseUntil = leaseUntil })
            .ToList();
    }

    public async Task<bool> CompleteTimerAsync(TimerClaim claim, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM workflow_bookmarks WHERE org_id = @orgId AND id = @id AND claim_token = @token",
            ClaimParameters(claim, retryAt: null), cancellationToken: cancellationToken));
        return deleted == 1;
    }

    public async Task<bool> ReleaseTimerAsync(TimerClaim claim, DateTimeOffset? retryAt = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        // With no holder the lease time only says when the timer may be claimed again.
        var released = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_bookmarks SET claim_token = NULL, claim_until = @retryAt
            WHERE org_id = @orgId AND id = @id AND claim_token = @token
            """,
            ClaimParameters(claim, retryAt),
            cancellationToken: cancellationToken));
        return released == 1;
    }

    private static object ClaimParameters(TimerClaim claim, DateTimeOffset? retryAt) =>
        new { orgId = OrganisationKey.Parse(claim.Bookmark.OrganisationId), id = claim.Bookmark.Id, token = claim.Token, retryAt };
}
