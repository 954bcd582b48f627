using SmeOnboard.Workflows.Locking;

namespace SmeOnboard.Workflows.Tests.Locking;

public class InProcessInstanceLockTests
{
    private readonly InProcessInstanceLock _locks = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_holder_is_kept_out_until_the_first_lets_go()
    {
        var first = await _locks.TryAcquireAsync("i1", TimeSpan.Zero, Ct);
        Assert.NotNull(first);

        Assert.Null(await _locks.TryAcquireAsync("i1", TimeSpan.FromMilliseconds(20), Ct));
        var waiting = _locks.TryAcquireAsync("i1", TimeSpan.FromSeconds(10), Ct);
        await first.DisposeAsync();
        await using var second = await waiting;

        Assert.NotNull(second);
    }

    [Fact]
    public async Task Different_instances_do_not_wait_for_each_other()
    {
        await using var first = await _locks.TryAcquireAsync("i1", TimeSpan.Zero, Ct);
        await using var second = await _locks.TryAcquireAsync("i2", TimeSpan.Zero, Ct);

        Assert.NotNull(first);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task Nothing_is_kept_for_an_instance_once_its_holder_and_waiters_are_gone()
    {
        var holder = (await _locks.TryAcquireAsync("i1", TimeSpan.Zero, Ct))!;
        Assert.Null(await _locks.TryAcquireAsync("i1", TimeSpan.Zero, Ct));
        await holder.DisposeAsync();
        await holder.DisposeAsync();

        Assert.Equal(0, _locks.TrackedCount);
    }

    [Fact]
    public async Task Many_workers_never_hold_one_instance_at_the_same_time()
    {
        var inside = 0;
        var overlaps = 0;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await using var handle = await _locks.TryAcquireAsync("i1", TimeSpan.FromSeconds(30), Ct);
            Assert.NotNull(handle);
            if (Interlocked.Increment(ref inside) > 1)
                Interlocked.Increment(ref overlaps);
            await Task.Delay(1, Ct);
            Interlocked.Decrement(ref inside);
        }, Ct)));

        Assert.Equal((0, 0), (overlaps, _locks.TrackedCount));
    }
}
