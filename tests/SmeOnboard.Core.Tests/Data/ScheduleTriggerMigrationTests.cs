using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Tests.Data;

/// <summary>
/// Migration 0010 records the schedules of workflows published before it, counting from their publish time, and keeps
/// the signal and webhook triggers 0009 recorded (SQLite rebuilds the table to widen its CHECK).
/// </summary>
public sealed class ScheduleTriggerMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Schedules_published_before_migration_0010_are_recorded_from_their_publish_time(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateUnmigratedAsync(provider);
        database.MigrateThrough("0009");
        var org = Guid.NewGuid();
        var publishedAt = new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero);
        await using (var connection = await database.Connections.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("INSERT INTO organisations (id, kind, name, created_at) VALUES (@org, 'Firm', 'Before 0010', @now)",
                new { org, now = publishedAt });
            await InsertAsync(database, connection, org, RuntimeFlows.ScheduleTrigger("daily", "0 7 * * *"), published: true, publishedAt);
            await InsertAsync(database, connection, org, RuntimeFlows.ScheduleTrigger("draft", "0 7 * * *"), published: false, publishedAt);
            await InsertAsync(database, connection, org, RuntimeFlows.SignalTrigger("press", "plant/press"), published: true, publishedAt);
            await connection.ExecuteAsync(
                "INSERT INTO workflow_triggers (org_id, definition_id, version, activity_id, kind, trigger_key) VALUES (@org, 'press', 1, 'signal', 'DeviceSignal', 'plant/press')",
                new { org });
        }

        database.CreateMigrator().Migrate();

        await using var reader = await database.Connections.OpenAsync(Ct);
        var schedule = Assert.Single(await reader.QueryAsync<(string DefinitionId, string Cron, string TimeZone, DateTimeOffset FiredThrough)>(
            "SELECT definition_id, trigger_key, time_zone, fired_through FROM workflow_triggers WHERE kind = 'Timer'"));
        Assert.Equal(("daily", "0 7 * * *", "UTC", publishedAt), schedule);
        var store = new DapperWorkflowStore(database.Connections, TimeProvider.System);
        Assert.Equal(["press"], (await store.FindPublishedByTriggerAsync(org.ToString("D"), BookmarkKind.DeviceSignal, "plant/press", Ct)).Select(d => d.DefinitionId));
    }

    private static Task InsertAsync(TestDatabase database, System.Data.Common.DbConnection connection, Guid org, WorkflowDefinition definition, bool published, DateTimeOffset at) =>
        connection.ExecuteAsync(
            $"""
            INSERT INTO workflow_definitions (org_id, definition_id, version, name, is_published, is_latest, document, created_at, updated_at)
            VALUES (@org, @id, 1, @id, @published, TRUE, {SqlDialect.For(database.Provider).Json("document")}, @at, @at)
            """,
            new { org, id = definition.DefinitionId, published, document = WorkflowJson.Serialize(definition), at });
}
