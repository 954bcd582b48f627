using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Persistence;

namespace SmeOnboard.Core.Tests.Features.Workflows;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowTimerClaimTests(TestDatabases databases)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Concurrent_workers_claim_every_due_timer_exactly_once(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var timers = new List<string>();
        for (var i = 0; i < 40; i++)
            timers.Add((await wf.StartAsync(Flows.Delay(), i % 2 == 0 ? wf.Organisation : wf.Other)).Timers.Single().Id);
        var now = wf.Clock.GetUtcNow() + TimeSpan.FromMinutes(5);

        var claimedByWorker = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            var mine = new List<TimerClaim>();
            while (await wf.Store.ClaimDueTimersAsync(now, 3, now + Lease, Ct) is { Count: > 0 } batch)
                mine.AddRange(batch);
            return mine;
        }, Ct)));

        var claimed = claimedByWorker.SelectMany(c => c).Select(c => c.Bookmark.Id).ToList();
        Assert.Equal(timers.Order(StringComparer.Ordinal), claimed.Order(StringComparer.Ordinal));
    }

    [Theory, BothDatabases]
    public async Task A_timer_is_claimed_only_once_due_and_then_not_again_while_its_lease_lasts(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var due = (await wf.StartAsync(Flows.Delay())).Timers.Single().DueAt!.Value;

        Assert.Empty(await wf.Store.ClaimDueTimersAsync(due.AddSeconds(-1), 10, due + Lease, Ct));
        var claim = Assert.Single(await wf.Store.ClaimDueTimersAsync(due, 10, due + Lease, Ct));
        Assert.Empty(await wf.Store.ClaimDueTimersAsync(due + Lease - TimeSpan.FromSeconds(1), 10, due + 2 * Lease, Ct));

        Assert.Equal((wf.Organisation, due, due + Lease), (claim.Bookmark.OrganisationId, claim.Bookmark.DueAt, claim.LeaseUntil));
    }

    [Theory, BothDatabases]
    public async Task A_claim_whose_lease_ended_is_taken_over_and_the_first_worker_can_no_longer_complete_it(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var due = (await wf.StartAsync(Flows.Delay())).Timers.Single().DueAt!.Value;
        var lost = Assert.Single(await wf.Store.ClaimDueTimersAsync(due, 10, due + Lease, Ct));

        var taken = Assert.Single(await wf.Store.ClaimDueTimersAsync(due + Lease, 10, due + 2 * Lease, Ct));

        Assert.Equal(lost.Bookmark.Id, taken.Bookmark.Id);
        Assert.False(await wf.Store.CompleteTimerAsync(lost, Ct));
        Assert.False(await wf.Store.ReleaseTimerAsync(lost, cancellationToken: Ct));
        Assert.True(await wf.Store.CompleteTimerAsync(taken, Ct));
    }

    [Theory, BothDatabases]
    public async Task Completing_a_timer_twice_has_no_effect_the_second_time(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var due = (await wf.StartAsync(Flows.Delay())).Timers.Single().DueAt!.Value;
        var claim = Assert.Single(await wf.Store.ClaimDueTimersAsync(due, 10, due + Lease, Ct));

        Assert.True(await wf.Store.CompleteTimerAsync(claim, Ct));
        Assert.False(await wf.Store.CompleteTimerAsync(claim, Ct));
        Assert.Empty(await wf.Store.ClaimDueTimersAsync(due + 10 * Lease, 10, due + 11 * Lease, Ct));
    }

    [Theory, BothDatabases]
    public async Task A_released_timer_is_claimed_again_from_the_time_given(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var due = (await wf.StartAsync(Flows.Delay())).Timers.Single().DueAt!.Value;
        var claim = Assert.Single(await wf.Store.ClaimDueTimersAsync(due, 10, due + 5 * Lease, Ct));

        Assert.True(await wf.Store.ReleaseTimerAsync(claim, due + Lease, Ct));

        Assert.Empty(await wf.Store.ClaimDueTimersAsync(due, 10, due + 5 * Lease, Ct));
        Assert.Single(await wf.Store.ClaimDueTimersAsync(due + Lease, 10, due + 5 * Lease, Ct));
    }

    [Theory, BothDatabases]
    public async Task A_timer_fires_once_even_when_two_workers_hold_claims_on_it_one_after_the_other(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var started = await wf.StartAsync(Flows.Delay());
        var due = started.Timers.Single().DueAt!.Value;
        var slow = Assert.Single(await wf.Store.ClaimDueTimersAsync(due, 10, due + Lease, Ct));
        var fast = Assert.Single(await wf.Store.ClaimDueTimersAsync(due + Lease, 10, due + 2 * Lease, Ct));

        var instance = (await wf.Store.FindInstanceAsync(fast.Bookmark.OrganisationId, fast.Bookmark.InstanceId, Ct))!;
        var fired = wf.Runner.Resume(Flows.Delay(), instance, fast.Bookmark.Id);
        var firedAgain = wf.Runner.Resume(Flows.Delay(), instance, slow.Bookmark.Id);

        Assert.Equal(BurstSaveResult.Saved, await wf.Store.SaveBurstAsync(fired, Ct));
        Assert.Equal(BurstSaveResult.Conflict, await wf.Store.SaveBurstAsync(firedAgain, Ct));
        Assert.Single(await wf.Store.GetJournalAsync(wf.Organisation, instance.Id, Ct), j => j.Message == "done");
        Assert.False(await wf.Store.CompleteTimerAsync(fast, Ct));
        Assert.Empty(await wf.Store.ClaimDueTimersAsync(due + 10 * Lease, 10, due + 11 * Lease, Ct));
    }
}
