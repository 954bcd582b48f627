using System.Diagnostics;
using SmeOnboard.Benchmarks.Flows;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Benchmarks.Compare;

/// <summary>Starts instances of the ten-step flow with our runner and commits every burst to the in-memory store, as a host would.</summary>
public static class OurEngineDriver
{
    /// <param name="workers">Instances run concurrently; WorkflowCore's host uses one worker per core, so the fair comparison uses the same.</param>
    public static RunResult Run(int instances, int workers)
    {
        var definition = BenchFlows.TenSteps();
        var runner = WorkflowRunner.CreateDefault();
        var store = new InMemoryWorkflowStore();
        long executions = 0;

        var clock = Stopwatch.StartNew();
        Parallel.For(0, instances, new ParallelOptions { MaxDegreeOfParallelism = workers }, () => 0L, (_, _, local) =>
        {
            var burst = runner.Start(definition, new StartRequest { OrganisationId = BenchFlows.Organisation });
            // The in-memory store completes synchronously; waiting on it here adds no scheduling.
            if (store.SaveBurstAsync(burst).GetAwaiter().GetResult() != BurstSaveResult.Saved || burst.Instance.Status != WorkflowStatus.Finished)
                throw new InvalidOperationException($"Instance {burst.Instance.Id} ended {burst.Instance.Status}.");
            return local + burst.Instance.ExecutionCount;
        }, local => Interlocked.Add(ref executions, local));
        clock.Stop();

        return new RunResult(instances, executions, clock.Elapsed);
    }
}
