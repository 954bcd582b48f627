using SmeOnboard.Benchmarks.Flows;
using SmeOnboard.Benchmarks.Support;
using SmeOnboard.Benchmarks.Waiting;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Benchmarks.Memory;

/// <summary>Memory kept per waiting instance in the in-memory store, and bytes allocated per burst.</summary>
public static class MemoryBenchmark
{
    private const int Bursts = 10_000;

    public static async Task RunAsync(BenchOptions options)
    {
        Console.WriteLine($"## memory: {options.Waiting:N0} waiting approvals, {options.Timers:N0} waiting timers");
        // A throwaway population first, so JIT output and static caches are not charged to the measured instances.
        var warm = await WaitingPopulation.CreateAsync();
        await warm.AddApprovalsAsync(100);
        await warm.AddTimersAsync(100);

        var population = await WaitingPopulation.CreateAsync();
        var empty = Heap();
        await population.AddApprovalsAsync(options.Waiting);
        // The benchmark's own list of keys is not the store's memory.
        population.ApprovalKeys.Clear();
        population.ApprovalKeys.TrimExcess();
        var withApprovals = Heap();
        await population.AddTimersAsync(options.Timers);
        var withTimers = Heap();
        GC.KeepAlive(population);

        Console.WriteLine("| kept in the store | instances | bytes per instance |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| waiting on an approval (instance, its journal, bookmark and index entry) | {options.Waiting:N0} | {(withApprovals - empty) / (double)options.Waiting:N0} |");
        Console.WriteLine($"| waiting on a timer | {options.Timers:N0} | {(withTimers - withApprovals) / (double)options.Timers:N0} |");

        Console.WriteLine();
        Console.WriteLine("| burst (runner only, no store) | bursts | bytes allocated per burst |");
        Console.WriteLine("|---|---:|---:|");
        var runner = population.Runner;
        var tenSteps = BenchFlows.TenSteps();
        var request = new StartRequest { OrganisationId = BenchFlows.Organisation };
        Console.WriteLine($"| ten-step flow, start to finish | {Bursts:N0} | {Allocated(() => runner.Start(tenSteps, request)):N0} |");
        Console.WriteLine($"| approval flow, start to waiting | {Bursts:N0} | {Allocated(() => runner.Start(population.Approval, request)):N0} |");
        var waiting = runner.Start(population.Approval, request).Instance;
        var payload = BenchFlows.Approved();
        // Resume leaves the instance it is given untouched and returns the new state, so one waiting instance serves every burst.
        Console.WriteLine($"| approval flow, resume to finish | {Bursts:N0} | {Allocated(() => runner.Resume(population.Approval, waiting, waiting.Bookmarks[0].Id, payload)):N0} |");
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Allocated(Func<BurstResult> burst)
    {
        for (var i = 0; i < 100; i++)
            burst();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Bursts; i++)
            burst();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Bursts;
    }
}
