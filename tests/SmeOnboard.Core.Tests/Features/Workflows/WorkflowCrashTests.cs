using System.Diagnostics;
using Dapper;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>
/// The crash test of issue 4, PostgreSQL only: a separate host process (tests/SmeOnboard.CrashHost) starts instances and
/// runs the timer worker and the outbox dispatcher on a fresh database, and is killed with SIGKILL three times in the
/// middle of the work. The guarantees it proves are the ones docs/workflows.md ("Durability") states.
/// </summary>
public sealed class WorkflowCrashTests
{
    private const int Instances = 200;
    private const int Kills = 3;
    private const string DefinitionId = "crash";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <remarks>
    /// Effects are at-least-once with one idempotency key per activity execution: the dispatcher performs a message and
    /// then marks it done, so a kill between the two repeats that message after the restart, with the same key. One
    /// dispatcher performs one message at a time, so each kill can repeat at most one effect.
    /// </remarks>
    [Fact]
    public async Task After_SIGKILLs_every_instance_finishes_each_timer_fires_once_and_an_effect_repeats_only_under_its_own_key()
    {
        await using var database = await TestDatabase.CreatePostgresAsync(PostgresSetting.RequireOrSkip());
        await using var portal = await PortalHarness.StartAsync(database);
        await using var receiver = await EffectReceiver.StartAsync();
        var organisation = (await portal.CreateOrganisationAsync(OrganisationKind.Firm)).Id.ToString("D");
        var store = new DapperWorkflowStore(database.Connections, TimeProvider.System);
        await store.SaveDraftAsync(organisation, RuntimeFlows.Crash(DefinitionId, receiver.Url, "00:00:01"), Ct);
        await store.PublishAsync(organisation, DefinitionId, Ct);
        var environment = HostEnvironment(database.Options.ConnectionString, organisation);
        var clock = Stopwatch.StartNew();

        // 1: killed while committing the starts, one burst after another.
        using (var host = CrashHostProcess.Start(environment))
        {
            await host.WaitForLineAsync($"started {Instances / 4}", Patience);
            host.Kill();
        }
        Assert.InRange(await CountAsync(portal, "SELECT count(*) FROM workflow_instances"), Instances / 4, Instances - 1);

        // 2 and 3: killed while the first, then the second timers fire and their effects go out.
        foreach (var sent in new[] { Instances / 2, Instances * 3 / 2 })
        {
            using var host = CrashHostProcess.Start(environment);
            await host.WaitUntilAsync(() => receiver.DistinctKeys >= sent, Patience, $"{sent} effects");
            host.Kill();
            Assert.True(await PendingWorkAsync(portal) > 0, $"The kill after {sent} effects came after all work was done: it proves nothing.");
        }

        // The last host finishes the work; then it is killed too, which must not matter any more.
        using (var host = CrashHostProcess.Start(environment))
        {
            var done = Stopwatch.StartNew();
            while (await CountAsync(portal, "SELECT count(*) FROM workflow_instances WHERE status = 'Finished'") < Instances || await PendingWorkAsync(portal) > 0)
            {
                host.AssertAlive();
                Assert.True(done.Elapsed < Patience, $"Not finished in {Patience}. Host errors: {host.Errors}");
                await Task.Delay(50, Ct);
            }
        }

        await AssertEachTimerFiredOnceAsync(store, organisation, portal);
        await AssertEffectsAsync(portal, receiver);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Instances} instances, {Kills} kills, {receiver.Requests.Count} requests for {receiver.DistinctKeys} keys, {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task AssertEachTimerFiredOnceAsync(DapperWorkflowStore store, string organisation, PortalHarness portal)
    {
        for (var i = 0; i < Instances; i++)
        {
            var id = $"crash-{i:D4}";
            var instance = await store.FindInstanceAsync(organisation, id, Ct);
            Assert.Equal(WorkflowStatus.Finished, instance!.Status);
            var journal = await store.GetJournalAsync(organisation, id, Ct);
            // A timer fires only by resuming its bookmark: one Resumed entry per Delay is one firing, neither lost nor doubled.
            Assert.Single(journal, j => j.Kind == JournalKind.Resumed && j.ActivityId == "wait1");
            Assert.Single(journal, j => j.Kind == JournalKind.Resumed && j.ActivityId == "wait2");
            Assert.Single(journal, j => j.Kind == JournalKind.Log && j.Message == "done");
        }
        Assert.Equal(0, await CountAsync(portal, "SELECT count(*) FROM workflow_bookmarks"));
    }

    private static async Task AssertEffectsAsync(PortalHarness portal, EffectReceiver receiver)
    {
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        var messages = (await connection.QueryAsync<(string Key, string InstanceId, string ActivityId)>(
            "SELECT idempotency_key, instance_id, activity_id FROM workflow_outbox")).ToDictionary(m => m.Key);
        // One message, so one key, per effect of each instance: a burst committed twice would have made a second one.
        Assert.Equal(Instances * 2, messages.Values.Select(m => (m.InstanceId, m.ActivityId)).Distinct().Count());
        Assert.Equal(Instances * 2, messages.Count);

        var requests = receiver.Requests.ToList();
        Assert.All(requests, r =>
        {
            // Every request, first or repeated, carries the key of the message for exactly its own step.
            Assert.NotNull(r.Key);
            Assert.True(messages.TryGetValue(r.Key, out var message), $"Request with unknown key {r.Key}");
            Assert.Equal(message.ActivityId, r.Step);
        });
        // De-duplicated by key, the receiver saw every effect exactly once.
        Assert.Equal(messages.Keys.Order(StringComparer.Ordinal), requests.Select(r => r.Key!).Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(requests.Count - receiver.DistinctKeys, 0, Kills);
    }

    // Timers not yet fired and effects not yet marked done.
    private static async Task<long> PendingWorkAsync(PortalHarness portal) =>
        await CountAsync(portal, "SELECT count(*) FROM workflow_bookmarks") +
        await CountAsync(portal, "SELECT count(*) FROM workflow_outbox WHERE done_at IS NULL");

    private static Task<long> CountAsync(PortalHarness portal, string sql) => portal.CountAsync(sql);

    // Fast polling and short leases, so a killed host's claims are taken over within the test's patience.
    private static Dictionary<string, string> HostEnvironment(string connectionString, string organisation) => new()
    {
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Database__Provider"] = "Postgres",
        ["Database__ConnectionString"] = connectionString,
        ["Database__MigrateOnStart"] = "false",
        ["Workflows__TimerPollInterval"] = "00:00:00.050",
        ["Workflows__OutboxPollInterval"] = "00:00:00.050",
        ["Workflows__Lease"] = "00:00:02",
        ["Workflows__LockTimeout"] = "00:00:02",
        ["Workflows__TimerBatchSize"] = "10",
        ["Workflows__OutboxBatchSize"] = "10",
        ["Workflows__TimerRetryDelay"] = "00:00:00.200",
        ["Workflows__OutboxInitialBackoff"] = "00:00:00.100",
        ["CrashHost__Organisation"] = organisation,
        ["CrashHost__Definition"] = DefinitionId,
        ["CrashHost__Instances"] = Instances.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
