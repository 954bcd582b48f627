using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SmeOnboard.Benchmarks.Postgres;
using SmeOnboard.Benchmarks.Support;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Benchmarks.Vouchers;

/// <summary>
/// Voucher redemptions per second on PostgreSQL: N concurrent clients, each placing orders through the portal's own
/// CheckoutStore (quote under the programme's and voucher's row locks, hold, and, the voucher covering all of it, the
/// commit, ledger postings and install in the same transaction), interleaved run by run with `pgbench -N` on the same
/// server with as many clients. After the runs the ledger is checked: no programme, voucher or firm cap below zero.
/// Needs SMEONBOARD_PG and pgbench, as the postgres mode. See docs/benchmarks/vouchers.md.
/// </summary>
public static class VouchersBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        if (Environment.GetEnvironmentVariable("SMEONBOARD_PG") is not { Length: > 0 } server)
        {
            Console.Error.WriteLine("vouchers: set SMEONBOARD_PG to a server connection string.");
            return 2;
        }
        await using var ours = await BenchDatabase.CreateAsync(server, "smeonboard_vouchers");
        await using var peer = await BenchDatabase.CreateAsync(server, "smeonboard_pgbench");
        var database = ours.Options;
        database.ConnectionString = new NpgsqlConnectionStringBuilder(ours.ConnectionString) { MaxPoolSize = options.Pool > 0 ? options.Pool : options.Clients }.ConnectionString;
        new DatabaseMigrator(Options.Create(database), NullLogger<DatabaseMigrator>.Instance).Migrate();
        await PgBench.InitialiseAsync(peer);

        var firms = options.Instances;
        // One slice of apps per run plus one for the warm-up: every (firm, app) pair is bought once.
        VoucherPopulation population;
        await using (var setup = Services(database))
        {
            population = await VoucherPopulation.CreateAsync(setup, setup.GetRequiredService<IDbConnectionFactory>(), firms, options.Runs + 1, options.Programmes);
        }
        Console.WriteLine($"# {await ours.DescribeServerAsync()}");
        Console.WriteLine($"## vouchers: {firms:N0} firms in {options.Programmes} programmes, {options.Clients} clients on {(options.Pool > 0 ? options.Pool : options.Clients)} pooled connections, {firms:N0} redemptions per run " +
            $"(price {VoucherPopulation.PriceMinor} fen, 100 % covered); pgbench -N -c {options.Clients} -j {options.Clients} -T {options.Seconds}; {options.Runs} runs");

        var warmUp = await RedeemAsync(ours, database, population, population.AppIds[0], options.Clients);
        Console.WriteLine($"warm-up: {warmUp.Paid:N0} paid in {warmUp.Elapsed.TotalSeconds:F1} s ({warmUp.PerSecond:N0}/s), refused {warmUp.Refused}");

        var ourRates = new List<double>();
        var tps = new List<double>();
        Console.WriteLine("| run | load average (1 min) | redemptions/s | pgbench -N (tps) | ours / pgbench | p50 / p95 per redemption (ms) | CPU per redemption: client, server (µs) | refused |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var run = 1; run <= options.Runs; run++)
        {
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var result = await RedeemAsync(ours, database, population, population.AppIds[run], options.Clients);
            var cpu = result.Cpu;
            ourRates.Add(result.PerSecond);
            tps.Add(await PgBench.RunSimpleUpdateAsync(peer, options.Clients, options.Seconds));
            Console.WriteLine($"| {run} | {load} | {result.PerSecond:N0} | {tps[^1]:N0} | {result.PerSecond / tps[^1]:P0} | " +
                $"{Stats.Median(result.Latencies):F0} / {Stats.Percentile(result.Latencies, 95):F0} | " +
                $"{cpu.Client.TotalMicroseconds / result.Paid:N0}, {cpu.Server.TotalMicroseconds / result.Paid:N0} | {result.Refused} |");
            if (result.Refusals.Count > 0)
            {
                Console.WriteLine($"refusals: {string.Join(", ", result.Refusals.Select(r => $"{r.Key} × {r.Value}"))}");
            }
        }
        Console.WriteLine($"| median | | {Stats.Median(ourRates):N0} | {Stats.Median(tps):N0} | {Stats.Median(ourRates) / Stats.Median(tps):P0} | | | |");
        Console.WriteLine();
        await using (var check = Services(database))
        {
            var audit = await LedgerAudit.RunAsync(check.GetRequiredService<IDbConnectionFactory>());
            Console.WriteLine(audit);
            return audit.Overspend == 0 && audit.LedgerSum == 0 ? 0 : 1;
        }
    }

    private static async Task<RunResult> RedeemAsync(BenchDatabase ours, DatabaseOptions database, VoucherPopulation population, string appId, int clients)
    {
        await using var services = Services(database);
        var before = await CpuTime.NowAsync(ours);
        var work = new ConcurrentQueue<(System.Security.Claims.ClaimsPrincipal Admin, string Code)>(population.Firms);
        var latencies = new ConcurrentBag<double>();
        var refusals = new ConcurrentDictionary<string, int>();
        var paid = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (work.TryDequeue(out var firm))
            {
                var started = Stopwatch.GetTimestamp();
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().Set(firm.Admin);
                var order = await scope.ServiceProvider.GetRequiredService<CheckoutStore>().PlaceOrderAsync(appId, firm.Code, population.Scopes);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (order.Succeeded && order.Value.Status == OrderStatuses.Paid)
                {
                    Interlocked.Increment(ref paid);
                }
                else
                {
                    refusals.AddOrUpdate(order.Succeeded ? order.Value.Status : order.Errors[0].Code, 1, (_, n) => n + 1);
                }
            }
        })));
        clock.Stop();
        // Before the pool closes: the server's CPU is that of the backends serving this run's connections.
        var cpu = (await CpuTime.NowAsync(ours)).Since(before);
        return new RunResult(paid, clock.Elapsed, latencies.ToList(), refusals.ToDictionary(), cpu);
    }

    /// <summary>The Core services checkout needs, on a connection factory (and pool) of this run's own.</summary>
    private static ServiceProvider Services(DatabaseOptions database)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(database));
        services.AddSingleton<IDbConnectionFactory, DbConnectionFactory>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentPrincipal>();
        services.AddScoped<ICurrentActor, CurrentActor>();
        services.AddAuditLog();
        services.AddMarketplaceCatalogue();
        services.AddVoucherStores();
        services.AddCheckoutStores();
        services.AddOptions<CheckoutOptions>();
        services.AddSingleton<IPaymentGateway, SandboxPaymentGateway>();
        return services.BuildServiceProvider();
    }

    private sealed record RunResult(int Paid, TimeSpan Elapsed, IReadOnlyCollection<double> Latencies, IReadOnlyDictionary<string, int> Refusals, CpuTime Cpu)
    {
        public double PerSecond => Paid / Elapsed.TotalSeconds;

        public int Refused => Refusals.Values.Sum();
    }
}
