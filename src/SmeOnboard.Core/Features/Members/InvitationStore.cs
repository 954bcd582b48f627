using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Members;

public sealed class InvitationStore(IDbConnectionFactory db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>How long an invitation link stays valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private const string SelectColumns =
        """
        SELECT i.id, i.org_id, o.name AS organisation_name, i.email, i.role, i.invited_by, i.created_at, i.expires_at,
               i.accepted_at, i.revoked_at
        FROM invitations i JOIN organisations o ON o.id = i.org_id
        """;

    /// <summary>Records an invitation for <paramref name="orgId"/> and returns it with the secret token for the link.</summary>
    public async Task<(Invitation Invitation, string Token)> CreateAsync(
        Guid orgId, string email, string role, CancellationToken cancellationToken = default)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            new CommandDefinition(
                """
                INSERT INTO invitations (id, org_id, email, role, token_hash, invited_by, created_at, expires_at)
                VALUES (@id, @orgId, @email, @role, @hash, @invitedBy, @now, @expires)
                """,
                new
                {
                    id, orgId, email = email.Trim(), role, hash = Hash(token),
                    invitedBy = actor.UserId ?? throw new UnauthorizedAccessException("Only a signed-in person can invite."),
                    now, expires = now + Lifetime,
                },
                cancellationToken: cancellationToken));
        var invitation = await connection.QuerySingleAsync<Invitation>(
            new CommandDefinition($"{SelectColumns} WHERE i.id = @id", new { id }, cancellationToken: cancellationToken));
        return (invitation, token);
    }

    /// <summary>The invitation a link's token belongs to, in whatever state it is; null for an unknown token.</summary>
    public async Task<Invitation?> FindByTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Invitation>(
            new CommandDefinition($"{SelectColumns} WHERE i.token_hash = @hash", new { hash = Hash(token) }, cancellationToken: cancellationToken));
    }

    /// <summary>Marks a pending invitation accepted inside the transaction that creates the member; false if it was not pending.</summary>
    public async Task<bool> MarkAcceptedAsync(DbConnection connection, DbTransaction transaction, Guid id)
    {
        var now = clock.GetUtcNow();
        var changed = await connection.ExecuteAsync(
            """
            UPDATE invitations SET accepted_at = @now
            WHERE id = @id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > @now
            """,
            new { id, now },
            transaction);
        return changed == 1;
    }

    /// <summary>Open invitations of the current organisation.</summary>
    public async Task<IReadOnlyList<Invitation>> ListPendingForCurrentAsync(CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Invitation>(
            new CommandDefinition(
                $"""
                {SelectColumns}
                WHERE i.org_id = @orgId AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > @now
                ORDER BY i.created_at DESC
                """,
                new { orgId, now = clock.GetUtcNow() },
                cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Revokes one of the current organisation's pending invitations; false when there is no such invitation.</summary>
    public async Task<bool> RevokeForCurrentAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            new CommandDefinition(
                "UPDATE invitations SET revoked_at = @now WHERE id = @id AND org_id = @orgId AND accepted_at IS NULL AND revoked_at IS NULL",
                new { id, orgId, now = clock.GetUtcNow() },
                cancellationToken: cancellationToken));
        return changed == 1;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
