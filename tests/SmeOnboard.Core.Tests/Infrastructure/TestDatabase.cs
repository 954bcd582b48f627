using DbUp;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>
/// One migrated database shared by the whole test run. Tests isolate themselves with unique ids and emails, so the
/// database is created and migrated once instead of per test.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> _remove;
    private readonly DbConnectionFactory _connections;

    private TestDatabase(DatabaseOptions options, Func<ValueTask> remove)
    {
        Options = options;
        _remove = remove;
        _connections = new DbConnectionFactory(Microsoft.Extensions.Options.Options.Create(options));
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>Shared by every test so that a run holds one connection pool per database, not one per test.</summary>
    public IDbConnectionFactory Connections => _connections;

    public DatabaseMigrator CreateMigrator() =>
        new(Microsoft.Extensions.Options.Options.Create(Options), NullLogger<DatabaseMigrator>.Instance);

    /// <summary>
    /// The data services a store needs (options, connection factory, migrator, clock, logging), pointed at this
    /// database; <paramref name="configure"/> adds what the test exercises.
    /// </summary>
    public ServiceProvider CreateServices(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Options));
        services.AddSingleton(Connections);
        services.AddSingleton(CreateMigrator());
        services.AddSingleton(TimeProvider.System);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _connections.DisposeAsync();
        await _remove();
    }

    /// <summary>
    /// An empty database of the test's own, for a test that migrates step by step; the test disposes it. PostgreSQL
    /// skips (or fails in CI) like every PostgreSQL case when SMEONBOARD_PG is unset.
    /// </summary>
    public static Task<TestDatabase> CreateUnmigratedAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite
            ? CreateSqliteAsync(migrate: false)
            : CreatePostgresAsync(PostgresSetting.RequireOrSkip(), migrate: false);

    /// <summary>Applies the dialect's scripts up to and including <paramref name="lastNumber"/>, the way DatabaseMigrator would.</summary>
    public void MigrateThrough(string lastNumber)
    {
        var folder = $".Migrations.{SqlDialect.For(Provider).MigrationFolder}.";
        var builder = Provider == DatabaseProvider.Postgres
            ? DeployChanges.To.PostgresqlDatabase(Options.ConnectionString)
            : DeployChanges.To.SqliteDatabase(Options.ConnectionString);
        var result = builder
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name =>
                name.Contains(folder, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal)
                && string.CompareOrdinal(name[(name.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..], lastNumber + "_~") < 0)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        Assert.True(result.Successful, result.Error?.Message);
        // The last script run is the one asked for; numbers may have gaps while a branch holds one (0008 on vendor).
        Assert.Contains(folder + lastNumber + "_", result.Scripts.Last().Name, StringComparison.Ordinal);
    }

    internal static Task<TestDatabase> CreateSqliteAsync(bool migrate = true)
    {
        var path = Path.Combine(Path.GetTempPath(), $"smeonboard-test-{Guid.NewGuid():N}.db");
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ConnectionString,
            MigrateOnStart = false,
        };
        var database = new TestDatabase(options, () =>
        {
            // Pooled connections keep the file open, and Windows would refuse to delete it.
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
            return ValueTask.CompletedTask;
        });
        if (migrate)
        {
            database.CreateMigrator().Migrate();
        }
        return Task.FromResult(database);
    }

    internal static async Task<TestDatabase> CreatePostgresAsync(string serverConnectionString, bool migrate = true)
    {
        var name = $"smeonboard_test_{Guid.NewGuid():N}";
        // Administrative connections bypass the pool so that nothing lingers on the server when the run ends.
        var admin = new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false }.ConnectionString;
        try
        {
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL from {PostgresSetting.Variable} ({PostgresSetting.Describe(serverConnectionString)}) " +
                $"could not be reached or could not create a test database: {exception.Message}", exception);
        }

        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString,
            MigrateOnStart = false,
        };
        var database = new TestDatabase(options, async () =>
        {
            // DbUp opens its own pooled connections; FORCE ends any that are still attached.
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
        try
        {
            if (migrate)
            {
                database.CreateMigrator().Migrate();
            }
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
        return database;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
