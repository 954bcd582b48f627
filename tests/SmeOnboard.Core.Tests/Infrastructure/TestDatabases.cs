using SmeOnboard.Core.Data;
using SmeOnboard.Core.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(TestDatabases))]

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>
/// The run's databases, injected into any test class that asks for it. Each database is created and migrated on first
/// use, so a run that never touches PostgreSQL never needs a server, and removed when the run ends.
/// </summary>
public sealed class TestDatabases : IAsyncDisposable
{
    private readonly Lazy<Task<TestDatabase>> _sqlite = new(() => TestDatabase.CreateSqliteAsync());
    private readonly Lazy<Task<TestDatabase>> _postgres = new(() => TestDatabase.CreatePostgresAsync(PostgresSetting.ConnectionString!));

    /// <summary>
    /// The migrated database for <paramref name="provider"/>. PostgreSQL skips the test when SMEONBOARD_PG is unset
    /// (fails in CI); an unreachable server fails every PostgreSQL case with the same message.
    /// </summary>
    public Task<TestDatabase> For(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return _sqlite.Value;
        }
        PostgresSetting.RequireOrSkip();
        return _postgres.Value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in new[] { _sqlite, _postgres })
        {
            // A database that failed to start has nothing to remove.
            if (database.IsValueCreated && database.Value.IsCompletedSuccessfully)
            {
                await database.Value.Result.DisposeAsync();
            }
        }
    }
}
