using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Locking;

namespace SmeOnboard.Core.Tests.Features.Workflows;

public sealed class InstanceLockTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task The_lock_for_the_database_keeps_a_second_holder_out_until_the_first_lets_go(DatabaseProvider provider)
    {
        await using var services = (await databases.For(provider)).CreateServices(s => s.AddWorkflowStore());
        var locks = services.GetRequiredService<IInstanceLock>();
        var instanceId = Guid.NewGuid().ToString("N");

        var first = await locks.TryAcquireAsync(instanceId, TimeSpan.Zero, Ct);
        Assert.NotNull(first);
        Assert.Null(await locks.TryAcquireAsync(instanceId, TimeSpan.FromMilliseconds(50), Ct));
        await using (var other = await locks.TryAcquireAsync(Guid.NewGuid().ToString("N"), TimeSpan.Zero, Ct))
            Assert.NotNull(other);
        await first.DisposeAsync();
        await using var second = await locks.TryAcquireAsync(instanceId, TimeSpan.FromSeconds(5), Ct);

        Assert.NotNull(second);
        Assert.IsType(provider == DatabaseProvider.Postgres ? typeof(PostgresInstanceLock) : typeof(InProcessInstanceLock), locks);
    }

    // SQLite has no such case: there one process runs workflows, and its lock is shown by the test above.
    [Fact]
    public async Task On_PostgreSQL_a_lock_held_by_one_node_keeps_another_node_out()
    {
        var options = Options.Create((await databases.For(DatabaseProvider.Postgres)).Options);
        var node = new PostgresInstanceLock(options);
        var otherNode = new PostgresInstanceLock(options);
        var instanceId = Guid.NewGuid().ToString("N");

        await using (var held = await node.TryAcquireAsync(instanceId, TimeSpan.Zero, Ct))
        {
            Assert.NotNull(held);
            Assert.Null(await otherNode.TryAcquireAsync(instanceId, TimeSpan.FromMilliseconds(50), Ct));
        }

        await using var taken = await otherNode.TryAcquireAsync(instanceId, TimeSpan.FromSeconds(5), Ct);
        Assert.NotNull(taken);
    }
}
