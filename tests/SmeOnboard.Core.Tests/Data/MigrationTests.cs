using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Data;

public sealed class MigrationTests(TestDatabases databases)
{
    [Fact]
    public void Both_dialects_hold_the_same_script_numbers()
    {
        var sqlite = DatabaseMigrator.ScriptNumbers(SqlDialect.For(DatabaseProvider.Sqlite));
        var postgres = DatabaseMigrator.ScriptNumbers(SqlDialect.For(DatabaseProvider.Postgres));

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, postgres);
    }

    [Theory, BothDatabases]
    public async Task Migrating_an_up_to_date_database_again_changes_nothing(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var before = await JournalAsync(database);

        database.CreateMigrator().Migrate();

        Assert.Equal(before, await JournalAsync(database));
        Assert.Equal(DatabaseMigrator.ScriptNumbers(SqlDialect.For(provider)).Count, before.Count);
    }

    [Theory, BothDatabases]
    public async Task An_audit_entry_cannot_be_updated(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var id = await WriteAuditEntryAsync(database, "original");

        await using var connection = await database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        await Assert.ThrowsAnyAsync<DbException>(() =>
            connection.ExecuteAsync("UPDATE audit_log SET summary = 'rewritten' WHERE id = @id", new { id }));

        Assert.Equal("original", await connection.ExecuteScalarAsync<string>("SELECT summary FROM audit_log WHERE id = @id", new { id }));
    }

    [Theory, BothDatabases]
    public async Task An_audit_entry_cannot_be_deleted(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var id = await WriteAuditEntryAsync(database, "kept");

        await using var connection = await database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        await Assert.ThrowsAnyAsync<DbException>(() =>
            connection.ExecuteAsync("DELETE FROM audit_log WHERE id = @id", new { id }));

        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM audit_log WHERE id = @id", new { id }));
    }

    private static async Task<List<string>> JournalAsync(TestDatabase database)
    {
        await using var connection = await database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        // DbUp's journal: one row per applied script, on both dialects.
        var scripts = await connection.QueryAsync<string>("SELECT scriptname FROM schemaversions ORDER BY scriptname");
        return scripts.ToList();
    }

    private static async Task<long> WriteAuditEntryAsync(TestDatabase database, string summary)
    {
        await using var connection = await database.Connections.OpenAsync(TestContext.Current.CancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO audit_log (occurred_at, actor_name, action, entity_type, summary)
            VALUES (@OccurredAt, 'migration test', 'test', 'audit_log', @Summary)
            RETURNING id
            """,
            new { OccurredAt = DateTimeOffset.UtcNow, Summary = summary });
    }
}
