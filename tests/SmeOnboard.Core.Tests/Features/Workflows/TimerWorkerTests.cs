using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class TimerWorkerTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Two_workers_racing_fire_a_due_timer_exactly_once(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
            ids.Add(await wf.PublishAndStartAsync(RuntimeFlows.Delay($"delay-{Guid.NewGuid():N}")));
        var workers = new[] { wf.NewWorker<TimerWorker>(), wf.NewWorker<TimerWorker>() };

        Assert.Equal(0, await workers[0].FireDueTimersAsync(Ct));
        wf.Clock.Advance(TimeSpan.FromMinutes(5));
        await Task.WhenAll(workers.Select(w => Task.Run(() => w.FireDueTimersAsync(Ct), Ct)));

        foreach (var id in ids)
        {
            var details = await wf.As<WorkflowRuntime>().FindInstanceAsync(id, Ct);
            Assert.Equal(WorkflowStatus.Finished, details!.Instance.Status);
            Assert.Single(details.Journal, j => j.Kind == JournalKind.Resumed);
            Assert.Single(details.Journal, j => j.Kind == JournalKind.Log && j.Message == "done");
        }
        Assert.Equal(0, await workers[1].FireDueTimersAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task A_timer_whose_lease_ran_out_is_fired_by_the_next_worker_and_not_again_by_the_first(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await wf.PublishAndStartAsync(RuntimeFlows.Delay($"delay-{Guid.NewGuid():N}"));
        wf.Clock.Advance(TimeSpan.FromMinutes(5));
        var now = wf.Clock.GetUtcNow();
        // The first worker claims the timer and dies before firing it.
        Assert.Single(await wf.Store.ClaimDueTimersAsync(now, 100, now + wf.Options.Lease, Ct), c => c.Bookmark.InstanceId == id);

        Assert.Equal(0, await wf.NewWorker<TimerWorker>().FireDueTimersAsync(Ct));
        wf.Clock.Advance(wf.Options.Lease);
        await wf.NewWorker<TimerWorker>().FireDueTimersAsync(Ct);

        var details = await wf.As<WorkflowRuntime>().FindInstanceAsync(id, Ct);
        Assert.Equal(WorkflowStatus.Finished, details!.Instance.Status);
        Assert.Single(details.Journal, j => j.Kind == JournalKind.Resumed);
    }
}
