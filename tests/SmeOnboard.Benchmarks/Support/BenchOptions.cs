namespace SmeOnboard.Benchmarks.Support;

/// <summary>The command line: a mode, then optional sizes; --smoke picks small sizes for a quick check that everything runs.</summary>
public sealed record BenchOptions(string Mode, int Instances, int Runs, int Waiting, int Timers, int Resumes, int Clients, int Seconds, int Programmes, int Pool, string[] Rest)
{
    public const string Usage =
        "usage: SmeOnboard.Benchmarks compare|waiting|memory|postgres|devices|catalogue|vouchers|bdn [--smoke] [--instances N] [--runs N] [--waiting N] [--timers N] [--resumes N] " +
        "[--clients N] [--seconds N] [--programmes N] [--pool N] [-- BenchmarkDotNet args]";

    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0)
            return null;
        var smoke = args.Contains("--smoke");
        var split = Array.IndexOf(args, "--");
        var own = split < 0 ? args : args[..split];
        var rest = split < 0 ? [] : args[(split + 1)..];
        return new BenchOptions(
            Mode: args[0],
            Instances: Int(own, "--instances", smoke ? 500 : 10_000),
            Runs: Int(own, "--runs", smoke ? 2 : 5),
            Waiting: Int(own, "--waiting", smoke ? 2_000 : 100_000),
            Timers: Int(own, "--timers", smoke ? 200 : 10_000),
            Resumes: Int(own, "--resumes", smoke ? 100 : 1_000),
            // postgres: concurrent connections for our store and for pgbench alike, and pgbench's duration per run.
            Clients: Int(own, "--clients", 2),
            Seconds: Int(own, "--seconds", smoke ? 3 : 20),
            // vouchers: how many programmes the firms' vouchers come from (each programme's row lock serialises its redemptions).
            Programmes: Int(own, "--programmes", 20),
            // vouchers: the connection pool's size (0: one connection per client).
            Pool: Int(own, "--pool", 0),
            Rest: rest);
    }

    private static int Int(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
