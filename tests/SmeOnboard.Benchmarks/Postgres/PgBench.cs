using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SmeOnboard.Benchmarks.Postgres;

/// <summary>
/// PostgreSQL's own pgbench against the same server: the yardstick for what a commit costs there. `-N` is the
/// "simple update" script: per transaction one UPDATE, one SELECT and one INSERT, then COMMIT.
/// </summary>
public static partial class PgBench
{
    public static string Executable => Environment.GetEnvironmentVariable("PGBENCH") ?? "/usr/bin/pgbench";

    /// <summary>Fills <paramref name="database"/> with pgbench's tables at scale 10 (a million accounts).</summary>
    public static Task InitialiseAsync(BenchDatabase database) => RunAsync(database, "-i", "-q", "-s", "10");

    /// <summary>Runs `pgbench -N -c clients -j clients -T seconds`; returns its transactions per second (without connection time).</summary>
    public static Task<double> RunSimpleUpdateAsync(BenchDatabase database, int clients, int seconds) =>
        RunForTpsAsync(database, "-N", "-c", $"{clients}", "-j", $"{clients}", "-T", $"{seconds}");

    /// <summary>
    /// Runs the script <paramref name="file"/> (`pgbench -n -f`) the same way: what the server alone makes of the SQL
    /// our store sends, with no client of ours in the way.
    /// </summary>
    public static Task<double> RunScriptAsync(BenchDatabase database, string file, int clients, int seconds) =>
        RunForTpsAsync(database, "-n", "-f", file, "-c", $"{clients}", "-j", $"{clients}", "-T", $"{seconds}");

    private static async Task<double> RunForTpsAsync(BenchDatabase database, params string[] arguments)
    {
        var output = await RunAsync(database, arguments);
        var match = Tps().Match(output);
        if (!match.Success)
            throw new InvalidOperationException($"pgbench printed no tps line:{Environment.NewLine}{output}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(BenchDatabase database, params string[] arguments)
    {
        var settings = database.Settings;
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-h", settings.Host!, "-p", $"{settings.Port}", "-U", settings.Username! }.Concat(arguments).Append(database.Name))
            start.ArgumentList.Add(argument);
        // The password goes through the environment, never the command line that `ps` shows.
        if (!string.IsNullOrEmpty(settings.Password))
            start.Environment["PGPASSWORD"] = settings.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"pgbench {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
        return await output + await error;
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
