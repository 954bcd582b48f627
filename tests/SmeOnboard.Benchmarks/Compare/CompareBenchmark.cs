using SmeOnboard.Benchmarks.Support;

namespace SmeOnboard.Benchmarks.Compare;

/// <summary>Our engine against WorkflowCore on the same ten-step flow, interleaved run by run so both see the same machine load.</summary>
public static class CompareBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        var workers = Environment.ProcessorCount;
        Console.WriteLine($"## compare: {options.Instances} instances × 10 activities, {options.Runs} runs, {workers} workers");

        // Warm-up: JIT, tiered compilation with dynamic PGO and WorkflowCore's first host start stay out of the measured runs.
        // Our runs last a fraction of a second, so a short warm-up left the first measured runs still climbing to tier 1.
        for (var i = 0; i < 3; i++)
        {
            OurEngineDriver.Run(options.Instances, workers);
            OurEngineDriver.Run(options.Instances, 1);
        }
        await WorkflowCoreDriver.RunAsync(Math.Min(options.Instances, 2_000));

        var ours = new List<RunResult>();
        var oursSingle = new List<RunResult>();
        var peer = new List<RunResult>();
        Console.WriteLine("| run | ours, 1 thread (exec/s) | ours, " + workers + " workers (exec/s) | WorkflowCore (exec/s) | ratio |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        for (var run = 1; run <= options.Runs; run++)
        {
            Collect();
            oursSingle.Add(OurEngineDriver.Run(options.Instances, 1));
            Collect();
            ours.Add(OurEngineDriver.Run(options.Instances, workers));
            Collect();
            peer.Add(await WorkflowCoreDriver.RunAsync(options.Instances));
            Console.WriteLine($"| {run} | {oursSingle[^1].ExecutionsPerSecond:N0} | {ours[^1].ExecutionsPerSecond:N0} | " +
                $"{peer[^1].ExecutionsPerSecond:N0} ({peer[^1].Elapsed.TotalSeconds:F2} s) | {ours[^1].ExecutionsPerSecond / peer[^1].ExecutionsPerSecond:F1}× |");
        }

        var medianSingle = Stats.Median(oursSingle.Select(r => r.ExecutionsPerSecond).ToList());
        var medianOurs = Stats.Median(ours.Select(r => r.ExecutionsPerSecond).ToList());
        var medianPeer = Stats.Median(peer.Select(r => r.ExecutionsPerSecond).ToList());
        Console.WriteLine($"| median | {medianSingle:N0} | {medianOurs:N0} | {medianPeer:N0} | {medianOurs / medianPeer:F1}× |");
        Console.WriteLine($"executions per run: ours {ours[^1].ActivityExecutions:N0}, WorkflowCore {peer[^1].ActivityExecutions:N0}");
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
