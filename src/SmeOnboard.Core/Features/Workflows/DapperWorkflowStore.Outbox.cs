using Dapper;
using SmeOnboard.Workflows.Persistence;

namespace SmeOnboard.Core.Features.Workflows;

public sealed partial class DapperWorkflowStore
{
    public async Task<IReadOnlyList<OutboxClaim>> ClaimOutboxAsync(DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        var token = Guid.NewGuid();
        await using var connection = await db.OpenAsync(cancellationToken);
        // Picked and marked in one statement, as timers are (see ClaimDueTimersAsync).
        var rows = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
            $"""
            UPDATE workflow_outbox SET claim_token = @token, claim_until = @leaseUntil, attempts = attempts + 1
            WHERE idempotency_key IN (
                SELECT idempotency_key FROM workflow_outbox
                WHERE done_at IS NULL AND (claim_until IS NULL OR claim_until <= @now)
                ORDER BY created_at
                LIMIT @max
                {Dialect.ForUpdateSkipLocked})
            RETURNING {OutboxRow.Columns}
            """,
            new { token, leaseUntil, now, max }, cancellationToken: cancellationToken));
        return rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.IdempotencyKey, StringComparer.Ordinal)
            .Select(r => new OutboxClaim { Message = r.ToMessage(), Token = token, LeaseUntil = leaseUntil, Attempts = r.Attempts })
            .ToList();
    }

    public async Task<bool> MarkOutboxDoneAsync(OutboxClaim claim, DateTimeOffset doneAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        // Whoever carried the effect out may say so, even after its lease ended; only the first report counts.
        var marked = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_outbox SET done_at = @doneAt, claim_token = NULL, claim_until = NULL
            WHERE org_id = @orgId AND idempotency_key = @key AND done_at IS NULL
            """,
            new { orgId = OrganisationKey.Parse(claim.Message.OrganisationId), key = claim.Message.IdempotencyKey, doneAt },
            cancellationToken: cancellationToken));
        return marked == 1;
    }

    public async Task<bool> ReleaseOutboxAsync(OutboxClaim claim, DateTimeOffset? retryAt = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var released = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_outbox SET claim_token = NULL, claim_until = @retryAt
            WHERE org_id = @orgId AND idempotency_key = @key AND claim_token = @token AND done_at IS NULL
            """,
            new { orgId = OrganisationKey.Parse(claim.Message.OrganisationId), key = claim.Message.IdempotencyKey, token = claim.Token, retryAt },
            cancellationToken: cancellationToken));
        return released == 1;
    }
}
