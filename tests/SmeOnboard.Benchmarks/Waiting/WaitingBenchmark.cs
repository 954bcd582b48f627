using System.Diagnostics;
using SmeOnboard.Benchmarks.Flows;
using SmeOnboard.Benchmarks.Support;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Benchmarks.Waiting;

/// <summary>Latency of resuming one waiting instance by stimulus, and of finding due timers, in a store of many waiting instances.</summary>
public static class WaitingBenchmark
{
    private const int DueTimerBatch = 100;
    private const int DueTimerQueries = 200;

    public static async Task RunAsync(BenchOptions options)
    {
        Console.WriteLine($"## waiting: {options.Waiting:N0} approvals + {options.Timers:N0} timers waiting, {options.Resumes:N0} resumes");
        var population = await WaitingPopulation.CreateAsync();
        var fill = Stopwatch.StartNew();
        await population.AddApprovalsAsync(options.Waiting);
        await population.AddTimersAsync(options.Timers);
        Console.WriteLine($"filled the store in {fill.Elapsed.TotalSeconds:F2} s");

        // Distinct instances in random order, so no resume finds its bookmark already gone; the first few warm the path up.
        var keys = population.ApprovalKeys.OrderBy(_ => Random.Shared.Next()).Take(options.Resumes + 50).ToList();
        foreach (var key in keys.Take(50))
            await ResumeAsync(population, key);
        var resumes = new List<double>();
        foreach (var key in keys.Skip(50))
            resumes.Add(await ResumeAsync(population, key));

        // About 1 % of the timers are due: the clock stands just past the due time of the first timers started.
        population.Clock.Now = WaitingPopulation.Start.AddHours(1).AddSeconds(Math.Max(1, options.Timers / 100) - 1);
        var dueQueries = new List<double>();
        var dueCount = 0;
        for (var i = 0; i < DueTimerQueries; i++)
        {
            var clock = Stopwatch.StartNew();
            // A lease that lapses at once, so every query finds (and claims) the same due timers again.
            dueCount = (await population.Store.ClaimDueTimersAsync(population.Clock.Now, DueTimerBatch, population.Clock.Now)).Count;
            dueQueries.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(LatencySummary.Header);
        Console.WriteLine(new LatencySummary("resume one instance by stimulus (find bookmark, load, run burst, save)", resumes).Row("p95 ≤ 10 ms"));
        Console.WriteLine(new LatencySummary($"claim due timers (batch of {DueTimerBatch}, {dueCount} returned)", dueQueries).Row("≤ 50 ms"));
    }

    /// <summary>What a host does for one stimulus: find the bookmarks, load each instance and its pinned definition, run the burst, commit it.</summary>
    private static async Task<double> ResumeAsync(WaitingPopulation population, string key)
    {
        var store = population.Store;
        var clock = Stopwatch.StartNew();
        var stimulus = new Stimulus(BookmarkKind.Approval, key, BenchFlows.Approved());
        var bookmarks = await store.FindBookmarksAsync(BenchFlows.Organisation, stimulus);
        foreach (var bookmark in bookmarks)
        {
            var instance = (await store.FindInstanceAsync(BenchFlows.Organisation, bookmark.InstanceId))!;
            var definition = (await store.FindDefinitionAsync(BenchFlows.Organisation, instance.DefinitionId, instance.DefinitionVersion))!;
            var burst = population.Runner.Resume(definition, instance, bookmark.Id, stimulus.Payload);
            if (await store.SaveBurstAsync(burst) != BurstSaveResult.Saved || burst.Instance.Status != WorkflowStatus.Finished)
                throw new InvalidOperationException($"Instance {instance.Id} did not finish: {burst.Instance.Status}.");
        }
        clock.Stop();
        if (bookmarks.Count != 1)
            throw new InvalidOperationException($"Stimulus {key} matched {bookmarks.Count} bookmarks.");
        return clock.Elapsed.TotalMilliseconds;
    }
}
