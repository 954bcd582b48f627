using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Data;

/// <summary>
/// Migration 0003 rebuilds the invitations table on SQLite and alters it on PostgreSQL; an existing invitation must come
/// through unchanged, and the rules the table enforced before must still hold.
/// </summary>
public sealed class InvitationInviterMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task An_invitation_written_before_migration_0003_survives_it_and_then_outlives_its_inviter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateUnmigratedAsync(provider);
        database.MigrateThrough("0002");
        var seeded = await SeedInvitationAsync(database);

        database.CreateMigrator().Migrate();

        var store = new InvitationStore(database.Connections, new CurrentActor(new CurrentPrincipal()), TimeProvider.System);
        var invitation = await store.FindByTokenAsync(seeded.Token, Ct);
        Assert.NotNull(invitation);
        Assert.Equal((seeded.InvitationId, seeded.OrgId, seeded.UserId, seeded.CreatedAt, seeded.CreatedAt.AddDays(7)),
            (invitation.Id, invitation.OrgId, invitation.InvitedBy, invitation.CreatedAt, invitation.ExpiresAt));

        await using var connection = await database.Connections.OpenAsync(Ct);
        await connection.ExecuteAsync("DELETE FROM users WHERE id = @UserId", new { seeded.UserId });
        Assert.Null((await store.FindByTokenAsync(seeded.Token, Ct))!.InvitedBy);
    }

    [Theory, BothDatabases]
    public async Task After_migration_0003_invitations_still_refuse_a_second_use_of_a_token_and_an_unknown_organisation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateUnmigratedAsync(provider);
        database.CreateMigrator().Migrate();
        var seeded = await SeedInvitationAsync(database);
        await using var connection = await database.Connections.OpenAsync(Ct);

        await Assert.ThrowsAnyAsync<DbException>(() => InsertInvitationAsync(connection, Guid.NewGuid(), seeded.OrgId, seeded.UserId, seeded.TokenHash, seeded.CreatedAt));
        await Assert.ThrowsAnyAsync<DbException>(() => InsertInvitationAsync(connection, Guid.NewGuid(), Guid.NewGuid(), seeded.UserId, "other-hash", seeded.CreatedAt));
        await Assert.ThrowsAnyAsync<DbException>(() => InsertInvitationAsync(connection, Guid.NewGuid(), seeded.OrgId, Guid.NewGuid(), "third-hash", seeded.CreatedAt));
    }

    private static async Task<Seeded> SeedInvitationAsync(TestDatabase database)
    {
        var seeded = new Seeded(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "raw-token", DapperTypeHandlers.ToStoredPrecision(DateTimeOffset.UtcNow));
        await using var connection = await database.Connections.OpenAsync(Ct);
        await connection.ExecuteAsync(
            "INSERT INTO organisations (id, kind, name, created_at) VALUES (@OrgId, 'Firm', 'Before 0003', @CreatedAt)", seeded);
        await connection.ExecuteAsync(
            """
            INSERT INTO users (id, user_name, normalized_user_name, email, normalized_email, display_name, created_at)
            VALUES (@UserId, 'inviter@example.test', 'INVITER@EXAMPLE.TEST', 'inviter@example.test', 'INVITER@EXAMPLE.TEST', 'Inviter', @CreatedAt)
            """,
            seeded);
        await InsertInvitationAsync(connection, seeded.InvitationId, seeded.OrgId, seeded.UserId, seeded.TokenHash, seeded.CreatedAt);
        return seeded;
    }

    private static Task InsertInvitationAsync(DbConnection connection, Guid id, Guid orgId, Guid invitedBy, string tokenHash, DateTimeOffset createdAt) =>
        connection.ExecuteAsync(
            """
            INSERT INTO invitations (id, org_id, email, role, token_hash, invited_by, created_at, expires_at)
            VALUES (@id, @orgId, 'invitee@example.test', 'FirmMember', @tokenHash, @invitedBy, @createdAt, @expiresAt)
            """,
            new { id, orgId, tokenHash, invitedBy, createdAt, expiresAt = createdAt.AddDays(7) });

    private sealed record Seeded(Guid InvitationId, Guid OrgId, Guid UserId, string Token, DateTimeOffset CreatedAt)
    {
        /// <summary>The token as InvitationStore stores it: its SHA-256 in lower-case hex.</summary>
        public string TokenHash => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Token)));
    }
}
