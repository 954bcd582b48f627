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
            _postgres = NpgsqlDataSource.Create(_options.ConnectionString);
        }
        else
        {
            SqliteFolder.EnsureExists(_options.ConnectionString);
        }
        DapperTypeHandlers.Register();
    }

    public SqlDialect Dialect { get; }

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
        return connection;
    }

    public ValueTask DisposeAsync() => _postgres?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => _postgres?.Dispose();
}
