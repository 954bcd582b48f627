using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SmeOnboard.Core.Data;

/// <summary>
/// Opens connections for the configured provider. Owns the PostgreSQL data source (and so its connection pool),
/// which is why it is disposable: the container closes the pool when the host stops.
/// </summary>
public sealed class DbConnectionFactory : IDbConnectionFactory, IAsyncDisposable, IDisposable
{
    private readonly DatabaseOptions _options;
    private readonly NpgsqlDataSource? _postgres;

    public DbConnectionFactory(IOptions<DatabaseOptions> options)
    {
        _options = options.Value;
        Dialect = SqlDialect.For(_options.Provider);
        if (_options.Provider == DatabaseProvider.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(WithPoolDefaults(_options.ConnectionString));
        }
        else
        {
            SqliteFolder.EnsureExists(_options.ConnectionString);
        }
        DapperTypeHandlers.Register();
    }

    public SqlDialect Dialect { get; }

    /// <summary>
    /// Statements used often are prepared once per connection (unless the connection string sets Max Auto Prepare), and
    /// a connection returned to the pool is not reset with DISCARD ALL, which also threw those away: the portal sets no
    /// session state, and the instance locks hold connections of their own. Measured on a workflow burst: the server's
    /// CPU per commit fell from about 230 to 85 µs (docs/decisions/journal-one-row-per-burst.md).
    /// </summary>
    private static string WithPoolDefaults(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0)
            settings.MaxAutoPrepare = 20;
        settings.NoResetOnClose = true;
        return settings.ConnectionString;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_options.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL lets readers continue while one writer commits; busy_timeout makes writers queue instead of failing.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        // PostgreSQL has it as a function (migration 0031); SQLite has no stored functions, so each connection gets it.
        connection.CreateFunction<long?, string, long>("smeonboard_require",
            (ok, refusal) => ok == 1 ? 1 : throw new InvalidOperationException(DbExceptionExtensions.GuardRefused + refusal));
        return connection;
    }

    public ValueTask DisposeAsync() => _postgres?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => _postgres?.Dispose();
}
