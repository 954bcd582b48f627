using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>
/// Published Schedule triggers start one instance per occurrence, on the published version. Each test's clock starts
/// at a midnight before every earlier test's, so schedules other tests published are never due here.
/// </summary>
[Collection(WorkflowClaimsCollection.Name)]
public sealed class ScheduleWorkerTests(TestDatabases databases)
{
    private const string Hourly = "0 * * * *";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_schedule_starts_an_instance_at_its_occurrence_and_not_before(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = $"hourly-{Guid.NewGuid():N}";
        await wf.PublishAsync(RuntimeFlows.ScheduleTrigger(id, Hourly));
        var worker = wf.NewWorker<ScheduleWorker>();

        wf.Clock.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(59));
        await worker.FireDueSchedulesAsync(Ct);
        Assert.Empty(await InstancesAsync(wf, id));

        wf.Clock.Advance(TimeSpan.FromSeconds(1));
        await worker.FireDueSchedulesAsync(Ct);
        var instance = Assert.Single(await InstancesAsync(wf, id));
        var details = await wf.As<WorkflowRuntime>().FindInstanceAsync(instance.Id, Ct);
        Assert.Equal(WorkflowStatus.Finished, details!.Instance.Status);
        Assert.Single(details.Journal, j => j.Kind == JournalKind.Log && j.Message == "tick");

        await worker.FireDueSchedulesAsync(Ct);
        Assert.Single(await InstancesAsync(wf, id));
    }

    [Theory, BothDatabases]
    public async Task After_downtime_only_the_latest_missed_occurrence_starts(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = $"hourly-{Guid.NewGuid():N}";
        await wf.PublishAsync(RuntimeFlows.ScheduleTrigger(id, Hourly));

        wf.Clock.Advance(TimeSpan.FromHours(5) + TimeSpan.FromMinutes(30));
        await wf.NewWorker<ScheduleWorker>().FireDueSchedulesAsync(Ct);
        Assert.Single(await InstancesAsync(wf, id));

        wf.Clock.Advance(TimeSpan.FromMinutes(30));
        await wf.NewWorker<ScheduleWorker>().FireDueSchedulesAsync(Ct);
        Assert.Equal(2, (await InstancesAsync(wf, id)).Count);
    }

    [Theory, BothDatabases]
    public async Task Two_workers_racing_start_exactly_one_instance_per_occurrence(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var ids = Enumerable.Range(0, 5).Select(i => $"race-{i}-{Guid.NewGuid():N}").ToList();
        foreach (var id in ids)
            await wf.PublishAsync(RuntimeFlows.ScheduleTrigger(id, Hourly));
        var workers = new[] { wf.NewWorker<ScheduleWorker>(), wf.NewWorker<ScheduleWorker>(), wf.NewWorker<ScheduleWorker>() };

        wf.Clock.Advance(TimeSpan.FromHours(1));
        var started = await Task.WhenAll(workers.Select(w => Task.Run(() => w.FireDueSchedulesAsync(Ct), Ct)));

        Assert.Equal(ids.Count, started.Sum());
        foreach (var id in ids)
            Assert.Single(await InstancesAsync(wf, id));
    }

    [Theory, BothDatabases]
    public async Task An_occurrence_started_before_a_crash_is_not_started_again(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = $"crash-{Guid.NewGuid():N}";
        await wf.PublishAsync(RuntimeFlows.ScheduleTrigger(id, Hourly));
        var publishedAt = wf.Clock.GetUtcNow();
        wf.Clock.Advance(TimeSpan.FromHours(1));
        await wf.NewWorker<ScheduleWorker>().FireDueSchedulesAsync(Ct);
        // As if the node died after starting the instance and before moving the schedule on.
        await using (var connection = await wf.Portal.Database.Connections.OpenAsync(Ct))
            await connection.ExecuteAsync("UPDATE workflow_triggers SET fired_through = @publishedAt WHERE definition_id = @id", new { publishedAt, id });

        Assert.Equal(0, await wf.NewWorker<ScheduleWorker>().FireDueSchedulesAsync(Ct));
        Assert.Single(await InstancesAsync(wf, id));
        wf.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await wf.NewWorker<ScheduleWorker>().FireDueSchedulesAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task Publishing_a_new_version_moves_the_schedule_to_it(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = $"versions-{Guid.NewGuid():N}";
        await wf.PublishAsync(RuntimeFlows.ScheduleTrigger(id, Hourly, "v1"));
        var worker = wf.NewWorker<ScheduleWorker>();
        wf.Clock.Advance(TimeSpan.FromHours(1));
        await worker.FireDueSchedulesAsync(Ct);

        wf.Clock.Advance(TimeSpan.FromMinutes(30));
        await wf.PublishAsync(RuntimeFlows.ScheduleTrigger(id, "30 * * * *", "v2"));
        await worker.FireDueSchedulesAsync(Ct);
        wf.Clock.Advance(TimeSpan.FromMinutes(30));
        await worker.FireDueSchedulesAsync(Ct);
        Assert.Equal([1], (await InstancesAsync(wf, id)).Select(i => i.DefinitionVersion));

        wf.Clock.Advance(TimeSpan.FromMinutes(30));
        await worker.FireDueSchedulesAsync(Ct);
        Assert.Equal([1, 2], (await InstancesAsync(wf, id)).Select(i => i.DefinitionVersion).Order());
    }

    private static async Task<IReadOnlyList<InstanceSummary>> InstancesAsync(RuntimeHarness wf, string definitionId) =>
        await wf.As<WorkflowRuntime>().ListInstancesAsync(definitionId, Ct);
}
