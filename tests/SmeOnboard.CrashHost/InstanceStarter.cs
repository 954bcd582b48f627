using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.CrashHost;

/// <summary>
/// Starts the instances not started yet, one commit each, and reports progress on standard output ("started N") so the
/// test can kill the process in the middle of the starts. A restarted host skips the instances an earlier one committed.
/// </summary>
public sealed class InstanceStarter(IWorkflowStore store, WorkflowExecutor executor, IOptions<CrashHostOptions> options) : BackgroundService
{
    private readonly CrashHostOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var definition = await store.FindPublishedAsync(_options.Organisation, _options.Definition, stoppingToken)
            ?? throw new InvalidOperationException($"No published definition '{_options.Definition}'.");
        var started = 0;
        for (var i = 0; i < _options.Instances; i++)
        {
            var id = CrashHostOptions.InstanceId(i);
            if (await store.FindInstanceAsync(_options.Organisation, id, stoppingToken) is null)
            {
                // A Conflict here would mean the id was taken between the check and the insert: nobody else starts these.
                var result = await executor.StartAsync(definition, new StartRequest { OrganisationId = _options.Organisation, InstanceId = id }, stoppingToken);
                if (result.Outcome != ExecutionOutcome.Saved)
                    throw new InvalidOperationException($"Instance {id} was not started: {result.Outcome}.");
            }
            started++;
            Console.WriteLine($"started {started}");
        }
        Console.WriteLine("starts done");
    }
}
