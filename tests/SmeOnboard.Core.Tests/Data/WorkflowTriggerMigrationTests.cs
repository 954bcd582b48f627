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
/// Migration 0009 fills workflow_triggers from the definitions published before it, with the rule publishing applies
/// since (WorkflowTrigger.Of): a workflow published earlier must start on its signal or webhook without republishing.
/// </summary>
public sealed class WorkflowTriggerMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Definitions_published_before_migration_0009_are_found_by_their_start_triggers_after_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateUnmigratedAsync(provider);
        database.MigrateThrough("0006");
        var org = Guid.NewGuid();
        await using (var connection = await database.Connections.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("INSERT INTO organisations (id, kind, name, created_at) VALUES (@org, 'Firm', 'Before 0009', @now)",
                new { org, now = DateTimeOffset.UtcNow });
            await InsertAsync(database, connection, org, RuntimeFlows.SignalTrigger("press", "plant/press"), published: true);
            await InsertAsync(database, connection, org, RuntimeFlows.Signal("waits", "plant/press"), published: true);
            await InsertAsync(database, connection, org, RuntimeFlows.WebhookTrigger("hook", "orders/created"), published: true);
            await InsertAsync(database, connection, org, RuntimeFlows.SignalTrigger("draft", "plant/press"), published: false);
        }

        database.CreateMigrator().Migrate();

        var store = new DapperWorkflowStore(database.Connections, TimeProvider.System);
        var organisation = org.ToString("D");
        Assert.Equal(["press"], (await store.FindPublishedByTriggerAsync(organisation, BookmarkKind.DeviceSignal, "plant/press", Ct)).Select(d => d.DefinitionId));
        Assert.Equal(["hook"], (await store.FindPublishedByTriggerAsync(organisation, BookmarkKind.Webhook, "orders/created", Ct)).Select(d => d.DefinitionId));
    }

    private static Task InsertAsync(TestDatabase database, System.Data.Common.DbConnection connection, Guid org, WorkflowDefinition definition, bool published) =>
        connection.ExecuteAsync(
            $"""
            INSERT INTO workflow_definitions (org_id, definition_id, version, name, is_published, is_latest, document, created_at, updated_at)
            VALUES (@org, @id, 1, @id, @published, TRUE, {SqlDialect.For(database.Provider).Json("document")}, @now, @now)
            """,
            new { org, id = definition.DefinitionId, published, document = WorkflowJson.Serialize(definition), now = DateTimeOffset.UtcNow });
}
