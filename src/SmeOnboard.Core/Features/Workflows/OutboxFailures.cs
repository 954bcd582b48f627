using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Persistence;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>Closes outbox messages that failed every attempt, keeping the reason beside them.</summary>
public sealed class OutboxFailures(IDbConnectionFactory db)
{
    /// <summary>Marks the message given up, if this claim still holds it; false when another dispatcher took over or finished it.</summary>
    public async Task<bool> GiveUpAsync(OutboxClaim claim, string error, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var closed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_outbox SET done_at = @at, failed_at = @at, last_error = @error, claim_token = NULL, claim_until = NULL
            WHERE org_id = @orgId AND idempotency_key = @key AND claim_token = @token AND done_at IS NULL
            """,
            new { orgId = OrganisationKey.Parse(claim.Message.OrganisationId), key = claim.Message.IdempotencyKey, token = claim.Token, error, at },
            cancellationToken: cancellationToken));
        return closed == 1;
    }
}
