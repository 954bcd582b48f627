using SmeOnboard.Benchmarks.Compare;
using SmeOnboard.Benchmarks.Support;

namespace SmeOnboard.Benchmarks.Postgres;

/// <summary>
/// Our engine's commits on PostgreSQL against pgbench's on the same server, interleaved run by run so both see the same
/// machine and server state. Needs SMEONBOARD_PG (a role that may create databases) and pgbench (PGBENCH or /usr/bin).
/// </summary>
public static class PostgresBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        if (Environment.GetEnvironmentVariable("SMEONBOARD_PG") is not { Length: > 0 } server)
        {
            Console.Error.WriteLine("postgres: set SMEONBOARD_PG to a server connection string.");
            return 2;
        }
        await using var ours = await BenchDatabase.CreateAsync(server, "smeonboard_bench");
        await using var peer = await BenchDatabase.CreateAsync(server, "smeonboard_pgbench");
        await ours.MigrateWithOrganisationAsync();
        await PgBench.InitialiseAsync(peer);
        await using var driver = await DapperDriver.CreateAsync(ours);

        Console.WriteLine($"# {await ours.DescribeServerAsync()}");
        Console.WriteLine($"## postgres: {options.Instances} instances × 10 activities per run, {options.Clients} clients, " +
            $"pgbench -N -c {options.Clients} -j {options.Clients} -T {options.Seconds}, {options.Runs} runs");
        // Warm-up: JIT (including tiered recompilation, which a thousand bursts did not finish on a busy machine),
        // connection pools and the server's caches stay out of the measured runs.
        await driver.RunAsync(Math.Min(options.Instances, 5_000), options.Clients);

        var results = new List<RunResult>();
        var tps = new List<double>();
        var ceiling = new List<double>();
        var cpu = new List<CpuTime>();
        Console.WriteLine("| run | ours (commits/s) | ours (activity executions/s) | pgbench -N (tps) | ours / pgbench | our SQL via pgbench (tps) | CPU per commit: our client, server (µs) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        for (var run = 1; run <= options.Runs; run++)
        {
            var before = await CpuTime.NowAsync(ours);
            results.Add(await driver.RunAsync(options.Instances, options.Clients));
            cpu.Add((await CpuTime.NowAsync(ours)).Since(before));
            tps.Add(await PgBench.RunSimpleUpdateAsync(peer, options.Clients, options.Seconds));
            ceiling.Add(await PgBench.RunScriptAsync(ours, BurstScript, options.Clients, options.Seconds));
            var commits = CommitsPerSecond(results[^1]);
            Console.WriteLine($"| {run} | {commits:N0} | {results[^1].ExecutionsPerSecond:N0} | {tps[^1]:N0} | {commits / tps[^1]:P0} | {ceiling[^1]:N0} | " +
                $"{PerCommit(cpu[^1].Client, results[^1]):N0}, {PerCommit(cpu[^1].Server, results[^1]):N0} |");
        }
        var medianCommits = Stats.Median(results.Select(CommitsPerSecond).ToList());
        var medianTps = Stats.Median(tps);
        Console.WriteLine($"| median | {medianCommits:N0} | {Stats.Median(results.Select(r => r.ExecutionsPerSecond).ToList()):N0} | " +
            $"{medianTps:N0} | {medianCommits / medianTps:P0} | {Stats.Median(ceiling):N0} | " +
            $"{Stats.Median(cpu.Select((c, i) => PerCommit(c.Client, results[i])).ToList()):N0}, {Stats.Median(cpu.Select((c, i) => PerCommit(c.Server, results[i])).ToList()):N0} |");
        return 0;
    }

    // The SQL one burst of the ten-step flow sends, for pgbench (see the file's header).
    private static string BurstScript => Path.Combine(AppContext.BaseDirectory, "Postgres", "sql", "burst.sql");

    private static double PerCommit(TimeSpan cpu, RunResult result) => cpu.TotalMicroseconds / result.Instances;

    // Each instance is one burst and each burst one transaction.
    private static double CommitsPerSecond(RunResult result) => result.Instances / result.Elapsed.TotalSeconds;
}
