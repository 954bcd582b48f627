using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SmeOnboard.Benchmarks.Flows;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Benchmarks.Postgres;

/// <summary>
/// A database of the run's own on the server SMEONBOARD_PG points at, dropped at the end, so a benchmark never measures
/// (or damages) anyone's data and each run starts from empty tables.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _admin;

    private BenchDatabase(string admin, string name, string connectionString)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }
    public NpgsqlConnectionStringBuilder Settings => new(ConnectionString);

    public static async Task<BenchDatabase> CreateAsync(string server, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        // Administrative statements bypass the pool, so nothing lingers when the run ends.
        var admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString;
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        return new BenchDatabase(admin, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public DatabaseOptions Options => new() { Provider = DatabaseProvider.Postgres, ConnectionString = ConnectionString, MigrateOnStart = false };

    /// <summary>The portal's schema and the organisation the benchmark flows run for (workflow rows reference it).</summary>
    public async Task MigrateWithOrganisationAsync()
    {
        new DatabaseMigrator(Microsoft.Extensions.Options.Options.Create(Options), NullLogger<DatabaseMigrator>.Instance).Migrate();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.ExecuteAsync(
            "INSERT INTO organisations (id, kind, name, created_at) VALUES (@id, 'Firm', 'Benchmark', now())",
            new { id = Guid.Parse(BenchFlows.Organisation) });
    }

    /// <summary>The server's version and the settings that decide what a commit costs.</summary>
    public async Task<string> DescribeServerAsync()
    {
        await using var connection = new NpgsqlConnection(_admin);
        var version = await connection.ExecuteScalarAsync<string>("SHOW server_version");
        var sync = await connection.ExecuteScalarAsync<string>("SHOW synchronous_commit");
        var fsync = await connection.ExecuteScalarAsync<string>("SHOW fsync");
        return $"PostgreSQL {version}, synchronous_commit={sync}, fsync={fsync}";
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(sql);
    }
}
