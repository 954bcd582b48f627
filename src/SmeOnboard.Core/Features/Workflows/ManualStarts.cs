using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Activities.BuiltIn;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// The current organisation's published workflows a person can start by hand: those that begin at a Manual start or at
/// an ordinary activity. A workflow that begins at another trigger (a form, a timer, a webhook, a device) starts from it.
/// </summary>
public sealed class ManualStarts(WorkflowDefinitions definitions, ActivityRegistry registry)
{
    public async Task<IReadOnlyList<WorkflowDefinition>> ListAsync(CancellationToken cancellationToken = default)
    {
        var startable = new List<WorkflowDefinition>();
        // One read per published workflow: a firm keeps tens of them, so a list query with the documents is not worth it.
        foreach (var summary in await definitions.ListAsync(cancellationToken))
        {
            if (summary.PublishedVersion is not null
                && await definitions.FindPublishedAsync(summary.DefinitionId, cancellationToken) is { } published
                && StartsByHand(published))
                startable.Add(published);
        }
        return startable;
    }

    private bool StartsByHand(WorkflowDefinition definition) =>
        WorkflowRunner.DefaultStart(definition) is { } startId
        && definition.FindActivity(startId) is { } start
        && (start.Type == nameof(ManualStart) || registry.Find(start.Type)?.Descriptor.IsTrigger != true);
}
