using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmeOnboard.Benchmarks.Compare;
using SmeOnboard.Benchmarks.Flows;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Benchmarks.Postgres;

/// <summary>
/// Starts instances of the ten-step flow through the portal's <see cref="WorkflowExecutor"/> and Dapper store on
/// PostgreSQL, as the API's start does: each instance runs to its end in one burst, saved in one transaction.
/// </summary>
public sealed class DapperDriver : IAsyncDisposable
{
    private readonly DbConnectionFactory _connections;
    private readonly WorkflowExecutor _executor;
    private readonly SmeOnboard.Workflows.Model.WorkflowDefinition _definition;

    private DapperDriver(DbConnectionFactory connections, WorkflowExecutor executor, SmeOnboard.Workflows.Model.WorkflowDefinition definition)
    {
        _connections = connections;
        _executor = executor;
        _definition = definition;
    }

    /// <summary>Saves and publishes the flow in <paramref name="database"/>, as the designer would, and loads it back.</summary>
    public static async Task<DapperDriver> CreateAsync(BenchDatabase database)
    {
        var options = Options.Create(database.Options);
        var connections = new DbConnectionFactory(options);
        var store = new DapperWorkflowStore(connections, TimeProvider.System);
        await store.SaveDraftAsync(BenchFlows.Organisation, BenchFlows.TenSteps());
        var definition = await store.PublishAsync(BenchFlows.Organisation, BenchFlows.TenSteps().DefinitionId)
            ?? throw new InvalidOperationException("The benchmark flow was not published.");
        var executor = new WorkflowExecutor(store, new PostgresInstanceLock(options), WorkflowRunner.CreateDefault(),
            Options.Create(new WorkflowOptions()), NullLogger<WorkflowExecutor>.Instance, new WorkflowInstanceChanges(), new TaskNotifier());
        return new DapperDriver(connections, executor, definition);
    }

    /// <summary>Starts <paramref name="instances"/> instances on <paramref name="clients"/> concurrent connections; one commit each.</summary>
    public async Task<RunResult> RunAsync(int instances, int clients)
    {
        var next = -1;
        long executions = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < instances)
            {
                var started = await _executor.StartAsync(_definition, new StartRequest { OrganisationId = BenchFlows.Organisation });
                if (started.Outcome != ExecutionOutcome.Saved || started.Instance!.Status != WorkflowStatus.Finished)
                    throw new InvalidOperationException($"An instance ended {started.Outcome}/{started.Instance?.Status}.");
                Interlocked.Add(ref executions, started.Instance.ExecutionCount);
            }
        })));
        clock.Stop();
        return new RunResult(instances, executions, clock.Elapsed);
    }

    public ValueTask DisposeAsync() => _connections.DisposeAsync();
}
