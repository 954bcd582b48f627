using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Data;

/// <summary>
/// Migration 0011 moves the journal from a row per entry into a row per burst; every entry written before it (messages,
/// outcomes, absent activity ids) reads back unchanged and in order, followed by what later bursts add.
/// </summary>
public sealed class JournalBurstMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_journal_written_before_migration_0011_reads_back_whole_and_in_order_before_later_bursts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateUnmigratedAsync(provider);
        database.MigrateThrough("0010");
        var org = Guid.NewGuid();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero).AddTicks(1_234_560));
        var runner = new WorkflowRunner(ActivityRegistry.CreateDefault(), new JavaScriptEvaluator(), clock);
        var definition = Flows.Delay();
        var started = runner.Start(definition, new StartRequest { OrganisationId = org.ToString("D") });
        var finished = runner.Start(Flows.Saying("hello", "Hello, journal"), new StartRequest { OrganisationId = org.ToString("D") });
        await using (var connection = await database.Connections.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("INSERT INTO organisations (id, kind, name, created_at) VALUES (@org, 'Firm', 'Before 0011', @at)",
                new { org, at = clock.GetUtcNow() });
            await WriteAsBefore0011Async(connection, SqlDialect.For(provider), org, started);
            await WriteAsBefore0011Async(connection, SqlDialect.For(provider), org, finished);
        }

        database.CreateMigrator().Migrate();

        var store = new DapperWorkflowStore(database.Connections, clock);
        var id = started.Instance.Id;
        Assert.Equal(Describe(started.Journal), Describe(await store.GetJournalAsync(org.ToString("D"), id, Ct)));
        Assert.Equal(Describe(finished.Journal), Describe(await store.GetJournalAsync(org.ToString("D"), finished.Instance.Id, Ct)));
        var instance = (await store.FindInstanceAsync(org.ToString("D"), id, Ct))!;
        clock.Advance(TimeSpan.FromMinutes(5));
        var resumed = runner.Resume(definition, instance, instance.Bookmarks[0].Id);
        Assert.Equal(BurstSaveResult.Saved, await store.SaveBurstAsync(resumed, Ct));
        Assert.Equal(Describe([.. started.Journal, .. resumed.Journal]), Describe(await store.GetJournalAsync(org.ToString("D"), id, Ct)));
    }

    private static List<string> Describe(IEnumerable<JournalEntry> journal) =>
        journal.Select(j => $"{j.InstanceId} {j.Sequence} {j.At:O} {j.Kind} {j.ActivityId} {j.ActivityType} {j.Message} [{string.Join(',', j.Outcomes)}]").ToList();

    // The instance row and a journal row per entry, as the store wrote them up to migration 0010.
    private static async Task WriteAsBefore0011Async(DbConnection connection, SqlDialect dialect, Guid org, BurstResult started)
    {
        var instance = started.Instance;
        await connection.ExecuteAsync(
            $"""
            INSERT INTO workflow_instances (id, org_id, definition_id, definition_version, status, revision, state, created_at, updated_at, finished_at)
            VALUES (@id, @org, @definitionId, @version, @status, @revision, {dialect.Json("state")}, @at, @at, NULL)
            """,
            new
            {
                id = instance.Id, org, definitionId = instance.DefinitionId, version = instance.DefinitionVersion,
                status = instance.Status.ToString(), revision = instance.Revision, state = WorkflowRowJson.Write(instance), at = instance.CreatedAt,
            });
        foreach (var entry in started.Journal)
        {
            await connection.ExecuteAsync(
                $"""
                INSERT INTO workflow_journal (instance_id, sequence, org_id, occurred_at, kind, activity_id, activity_type, message, outcomes)
                VALUES (@instanceId, @sequence, @org, @at, @kind, @activityId, @activityType, @message, {dialect.Json("outcomes")})
                """,
                new
                {
                    instanceId = instance.Id, sequence = entry.Sequence, org, at = entry.At, kind = entry.Kind.ToString(),
                    activityId = entry.ActivityId, activityType = entry.ActivityType, message = entry.Message, outcomes = WorkflowRowJson.Write(entry.Outcomes),
                });
        }
    }
}
