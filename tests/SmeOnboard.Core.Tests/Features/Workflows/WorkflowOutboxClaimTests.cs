using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Persistence;

namespace SmeOnboard.Core.Tests.Features.Workflows;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowOutboxClaimTests(TestDatabases databases)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Concurrent_dispatchers_claim_every_message_exactly_once(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var keys = new List<string>();
        for (var i = 0; i < 30; i++)
            keys.Add((await wf.StartAsync(Flows.Mail(), i % 2 == 0 ? wf.Organisation : wf.Other)).Outbox.Single().IdempotencyKey);
        var now = wf.Clock.GetUtcNow();

        var claimedByDispatcher = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(async () =>
        {
            var mine = new List<OutboxClaim>();
            while (await wf.Store.ClaimOutboxAsync(now, 3, now + Lease, Ct) is { Count: > 0 } batch)
                mine.AddRange(batch.Where(c => keys.Contains(c.Message.IdempotencyKey)));
            return mine;
        }, Ct)));

        var claimed = claimedByDispatcher.SelectMany(c => c).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), claimed.Select(c => c.Message.IdempotencyKey).Order(StringComparer.Ordinal));
        Assert.All(claimed, c => Assert.Equal(1, c.Attempts));
    }

    [Theory, BothDatabases]
    public async Task A_message_is_marked_done_once_and_then_never_claimed_again(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var key = (await wf.StartAsync(Flows.Mail())).Outbox.Single().IdempotencyKey;
        var now = wf.Clock.GetUtcNow();
        var claim = Assert.Single(await wf.Store.ClaimOutboxAsync(now, 100, now + Lease, Ct), c => c.Message.IdempotencyKey == key);

        Assert.True(await wf.Store.MarkOutboxDoneAsync(claim, now, Ct));
        Assert.False(await wf.Store.MarkOutboxDoneAsync(claim, now, Ct));
        Assert.False(await wf.Store.ReleaseOutboxAsync(claim, cancellationToken: Ct));
        Assert.DoesNotContain(await wf.Store.ClaimOutboxAsync(now + 10 * Lease, 100, now + 11 * Lease, Ct), c => c.Message.IdempotencyKey == key);
    }

    [Theory, BothDatabases]
    public async Task A_message_whose_lease_ended_is_claimed_again_and_the_old_claim_cannot_release_it(DatabaseProvider provider)
    {
        await using var wf = await WorkflowStoreHarness.StartAsync(databases, provider);
        var sent = (await wf.StartAsync(Flows.Mail())).Outbox.Single();
        var now = wf.Clock.GetUtcNow();
        var lost = Assert.Single(await wf.Store.ClaimOutboxAsync(now, 100, now + Lease, Ct), c => c.Message.IdempotencyKey == sent.IdempotencyKey);
        Assert.DoesNotContain(await wf.Store.ClaimOutboxAsync(now, 100, now + Lease, Ct), c => c.Message.IdempotencyKey == sent.IdempotencyKey);

        var taken = Assert.Single(await wf.Store.ClaimOutboxAsync(now + Lease, 100, now + 2 * Lease, Ct), c => c.Message.IdempotencyKey == sent.IdempotencyKey);

        Assert.Equal((2, wf.Organisation), (taken.Attempts, taken.Message.OrganisationId));
        // jsonb keeps its own key order, so the payload is compared as JSON, not as text.
        Assert.True(JsonNode.DeepEquals(sent.Payload, taken.Message.Payload));
        Assert.False(await wf.Store.ReleaseOutboxAsync(lost, cancellationToken: Ct));
        Assert.True(await wf.Store.ReleaseOutboxAsync(taken, now + 3 * Lease, Ct));
        Assert.DoesNotContain(await wf.Store.ClaimOutboxAsync(now + 2 * Lease, 100, now + 4 * Lease, Ct), c => c.Message.IdempotencyKey == sent.IdempotencyKey);
        Assert.Contains(await wf.Store.ClaimOutboxAsync(now + 3 * Lease, 100, now + 4 * Lease, Ct), c => c.Message.IdempotencyKey == sent.IdempotencyKey);
    }
}
