using Medallion.Threading.Postgres;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Locking;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Instance locks shared by every node through PostgreSQL advisory locks (DistributedLock.Postgres). A node that dies
/// loses its connection and with it its locks, so nothing stays locked after a crash.
/// </summary>
public sealed class PostgresInstanceLock(IOptions<DatabaseOptions> options) : IInstanceLock
{
    private readonly string _connectionString = options.Value.ConnectionString;

    public async Task<IAsyncDisposable?> TryAcquireAsync(string instanceId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        // Instance ids are hashed to the 64-bit key space; a rare collision only makes two instances take turns.
        var key = new PostgresAdvisoryLockKey($"smeonboard-workflow-instance:{instanceId}", allowHashing: true);
        // The connection string (not the data source) keeps the library's multiplexing: held locks share connections.
        var instanceLock = new PostgresDistributedLock(key, _connectionString);
        return await instanceLock.TryAcquireAsync(timeout, cancellationToken);
    }
}
