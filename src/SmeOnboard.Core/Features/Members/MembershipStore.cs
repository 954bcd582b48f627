using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Members;

public sealed class MembershipStore(IDbConnectionFactory db, ICurrentActor actor, TimeProvider clock)
{
    public Task AddAsync(DbConnection connection, DbTransaction transaction, Guid userId, Guid orgId, string role) =>
        connection.ExecuteAsync(
            "INSERT INTO memberships (user_id, org_id, role, created_at) VALUES (@userId, @orgId, @role, @now)",
            new { userId, orgId, role, now = clock.GetUtcNow() },
            transaction);

    /// <summary>The person's membership; each person acts for one organisation.</summary>
    public async Task<Membership?> FindForUserAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<Membership>(
            new CommandDefinition(
                """
                SELECT m.user_id, m.org_id, m.role, o.name AS organisation_name, o.kind AS organisation_kind
                FROM memberships m JOIN organisations o ON o.id = m.org_id
                WHERE m.user_id = @userId
                ORDER BY m.created_at
                """,
                new { userId },
                cancellationToken: cancellationToken));
    }

    /// <summary>The members of the current organisation.</summary>
    public async Task<IReadOnlyList<Member>> ListCurrentAsync(CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Member>(
            new CommandDefinition(
                """
                SELECT u.id AS user_id, u.display_name, u.email, m.role, u.two_factor_enabled, m.created_at AS joined_at
                FROM memberships m JOIN users u ON u.id = m.user_id
                WHERE m.org_id = @orgId
                ORDER BY u.display_name
                """,
                new { orgId },
                cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
