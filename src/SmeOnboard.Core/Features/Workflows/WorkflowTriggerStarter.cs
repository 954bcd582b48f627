using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Starts a new instance of each of the organisation's published workflows whose start trigger matches a stimulus (a
/// device signal's topic, a webhook's path), at that trigger, with the stimulus's payload. Trusted code only: it takes
/// the organisation as an argument.
/// </summary>
public sealed class WorkflowTriggerStarter(IWorkflowStore store, WorkflowExecutor executor)
{
    /// <summary>The instances started, one per matching trigger activity.</summary>
    public async Task<IReadOnlyList<WorkflowInstance>> StartAsync(string organisationId, Stimulus stimulus, CancellationToken cancellationToken = default)
    {
        var started = new List<WorkflowInstance>();
        foreach (var definition in await store.FindPublishedByTriggerAsync(organisationId, stimulus.Kind, stimulus.Key, cancellationToken))
        {
            foreach (var trigger in WorkflowTrigger.Of(definition).Where(t => t.Matches(stimulus.Kind, stimulus.Key)))
            {
                var result = await executor.StartAsync(definition, new StartRequest
                {
                    OrganisationId = organisationId,
                    TriggerActivityId = trigger.ActivityId,
                    TriggerPayload = stimulus.Payload?.DeepClone(),
                    Input = stimulus.Payload?.DeepClone(),
                    StartedBy = StartedBy.Of(stimulus.Kind),
                }, cancellationToken);
                // A new instance id cannot conflict; anything but Saved would be a store failure, which throws instead.
                if (result.Outcome == ExecutionOutcome.Saved)
                    started.Add(result.Instance!);
            }
        }
        return started;
    }
}
