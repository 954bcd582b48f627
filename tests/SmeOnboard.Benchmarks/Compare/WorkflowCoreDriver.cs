using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Benchmarks.WorkflowCoreFlow;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace SmeOnboard.Benchmarks.Compare;

/// <summary>Runs the ten-step flow on WorkflowCore's own host with its default in-memory persistence, queue and lock providers.</summary>
public static class WorkflowCoreDriver
{
    public static async Task<RunResult> RunAsync(int instances)
    {
        var counter = new CompletionCounter();
        var services = new ServiceCollection();
        services.AddLogging();
        // Defaults throughout (one worker per core, in-memory persistence), as its documentation sets it up.
        services.AddWorkflow();
        services.AddSingleton(counter);
        services.AddTransient<Begin>();
        services.AddTransient<SetNumber>();
        services.AddTransient<Finish>();
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<TenStepWorkflow, TenStepData>();
        await host.StartAsync(CancellationToken.None);
        try
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < instances; i++)
                ids.Add(await host.StartWorkflow(TenStepWorkflow.Name, new TenStepData()));
            counter.Expect(instances);
            await counter.All.WaitAsync(TimeSpan.FromMinutes(10));
            // The last step has run everywhere; the instance is complete once the host has persisted that, so wait for it too.
            var completed = await WaitUntilPersistedComplete(host.PersistenceStore, ids);
            clock.Stop();
            // Counted from the persisted execution pointers rather than assumed, so a skipped step would show.
            var executions = completed.Sum(i => (long)i.ExecutionPointers.Count(p => p.Status == PointerStatus.Complete));
            return new RunResult(instances, executions, clock.Elapsed);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<List<WorkflowInstance>> WaitUntilPersistedComplete(IPersistenceProvider store, HashSet<string> ids)
    {
        while (true)
        {
            var instances = (await store.GetWorkflowInstances(ids)).ToList();
            if (instances.Count(i => i.Status == WorkflowStatus.Complete) == ids.Count)
                return instances;
            await Task.Delay(1);
        }
    }
}
