using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmeOnboard.Benchmarks.Postgres;
using SmeOnboard.Benchmarks.Support;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;

namespace SmeOnboard.Benchmarks.Catalogue;

/// <summary>
/// The catalogue search (CatalogueStore.SearchAsync, as the portal calls it) over generated apps: p50 and p95 of the time
/// one search takes in the portal process (connection from the pool, count, page query, mapping), on SQLite and, when
/// SMEONBOARD_PG is set, on PostgreSQL. Baselines in the same run: the same searches over 1,000 apps, and a plain lookup
/// of one app by id (CatalogueStore.FindAsync) on the large catalogue. See docs/benchmarks/marketplace.md.
/// </summary>
public static class CatalogueBenchmark
{
    private const int Baseline = 1_000;

    private static readonly (string Label, CatalogueQuery Query)[] Queries =
    [
        ("word in names", new CatalogueQuery { Text = "andon" }),
        ("word in texts", new CatalogueQuery { Text = "inspection" }),
        ("Chinese word", new CatalogueQuery { Text = "维护" }),
        ("word + category", new CatalogueQuery { Text = "gateway", Category = "connectivity" }),
        ("two words, free only", new CatalogueQuery { Text = "kanban board", FreeOnly = true }),
        ("word, voucher, price range", new CatalogueQuery { Text = "shift", VoucherEligibleOnly = true, MaxPriceMinor = 20_000 }),
        ("vendor name", new CatalogueQuery { Text = "Bench Vendor 42" }),
        ("no match", new CatalogueQuery { Text = "zzz-nothing" }),
        ("filters only, newest", new CatalogueQuery { Category = "quality", Sort = CatalogueSort.Newest }),
        ("industry + level", new CatalogueQuery { Industry = "C26", MaturityLevel = 2 }),
    ];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var apps = options.Instances;
        var rounds = options.Runs * 10;
        Console.WriteLine($"## catalogue: {Queries.Length} searches × {rounds} rounds per catalogue; {Baseline:N0} and {apps:N0} generated apps");
        Console.WriteLine("| database | apps | searches | p50 (ms) | p95 (ms) | max (ms) | lookup by id p95 (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var results = new List<(string Database, int Apps, Result Result)>();
        foreach (var database in await DatabasesAsync())
        {
            foreach (var size in new[] { Baseline, apps })
            {
                await using var target = await database.CreateAsync();
                var result = await MeasureAsync(target.Options, size, rounds);
                results.Add((database.Name, size, result));
                Console.WriteLine($"| {database.Name} | {size:N0} | {result.Searches.Count} | {Stats.Median(result.Searches):F2} | " +
                    $"{Stats.Percentile(result.Searches, 95):F2} | {result.Searches.Max():F2} | {Stats.Percentile(result.Lookups, 95):F2} |");
            }
        }
        Console.WriteLine();
        Console.WriteLine($"| database | p95 {apps:N0} / p95 {Baseline:N0} | search p95 / lookup p95 ({apps:N0}) | goal p95 ≤ 20 ms |");
        Console.WriteLine("|---|---:|---:|---|");
        foreach (var group in results.GroupBy(r => r.Database))
        {
            var small = Stats.Percentile(group.First(r => r.Apps == Baseline).Result.Searches, 95);
            var large = group.First(r => r.Apps == apps).Result;
            var p95 = Stats.Percentile(large.Searches, 95);
            Console.WriteLine($"| {group.Key} | {p95 / small:F1}× | {p95 / Stats.Percentile(large.Lookups, 95):F1}× | {(p95 <= 20 ? "met" : "missed")} ({p95:F2} ms) |");
        }
        Console.WriteLine();
        Console.WriteLine($"p95 per search at {apps:N0} apps (ms):");
        foreach (var group in results.Where(r => r.Apps == apps))
            Console.WriteLine($"  {group.Database}: " + string.Join(", ", Queries.Select((q, i) => $"{q.Label} {Stats.Percentile(group.Result.PerQuery[i], 95):F2}")));
        return 0;
    }

    private static async Task<Result> MeasureAsync(DatabaseOptions options, int apps, int rounds)
    {
        new DatabaseMigrator(Options.Create(options), NullLogger<DatabaseMigrator>.Instance).Migrate();
        await using var factory = new DbConnectionFactory(Options.Create(options));
        var vendor = Guid.NewGuid();
        await using (var connection = await factory.OpenAsync())
        {
            await connection.ExecuteAsync("INSERT INTO organisations (id, kind, name, created_at) VALUES (@vendor, 'Vendor', 'Bench Vendor', @now)",
                new { vendor, now = DateTimeOffset.UtcNow });
            await GeneratedApps.InsertAsync(connection, vendor, apps, DateTimeOffset.UtcNow);
            // Fresh statistics, as a catalogue that has been live for a while has them.
            foreach (var table in new[] { "marketplace_apps", "marketplace_app_industries", "marketplace_app_levels" })
                await connection.ExecuteAsync($"ANALYZE {table}");
        }
        var store = new CatalogueStore(factory, TimeProvider.System);
        // Warm-up: JIT, the pool and the database's caches stay out of the measured rounds.
        for (var i = 0; i < 3; i++)
            foreach (var (_, query) in Queries)
                await store.SearchAsync(query);

        var result = new Result();
        var stopwatch = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            for (var q = 0; q < Queries.Length; q++)
            {
                stopwatch.Restart();
                await store.SearchAsync(Queries[q].Query);
                var ms = stopwatch.Elapsed.TotalMilliseconds;
                result.Searches.Add(ms);
                result.PerQuery[q].Add(ms);
            }
            stopwatch.Restart();
            await store.FindAsync($"bench-app-{round * 7919 % apps + 1}");
            result.Lookups.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        return result;
    }

    private static async Task<IReadOnlyList<Target>> DatabasesAsync()
    {
        var targets = new List<Target> { new("SQLite", () => Task.FromResult<IBenchTarget>(new SqliteTarget())) };
        if (Environment.GetEnvironmentVariable("SMEONBOARD_PG") is { Length: > 0 } server)
        {
            targets.Add(new Target("PostgreSQL", async () => new PostgresTarget(await BenchDatabase.CreateAsync(server, "smeonboard_catalogue"))));
            await using var probe = await BenchDatabase.CreateAsync(server, "smeonboard_probe");
            Console.WriteLine($"# {await probe.DescribeServerAsync()}");
        }
        else
        {
            Console.WriteLine("# PostgreSQL skipped: SMEONBOARD_PG is not set");
        }
        return targets;
    }

    private sealed class Result
    {
        public List<double> Searches { get; } = [];
        public List<double> Lookups { get; } = [];
        public List<double>[] PerQuery { get; } = Queries.Select(_ => new List<double>()).ToArray();
    }

    private sealed record Target(string Name, Func<Task<IBenchTarget>> CreateAsync);

    private interface IBenchTarget : IAsyncDisposable
    {
        DatabaseOptions Options { get; }
    }

    private sealed class SqliteTarget : IBenchTarget
    {
        private readonly string _file = Path.Combine(Path.GetTempPath(), $"smeonboard-catalogue-{Guid.NewGuid():N}.db");

        public DatabaseOptions Options => new() { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={_file};Pooling=True", MigrateOnStart = false };

        public ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
                File.Delete(file);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresTarget(BenchDatabase database) : IBenchTarget
    {
        public DatabaseOptions Options => database.Options;

        public ValueTask DisposeAsync() => database.DisposeAsync();
    }
}
