using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>An instance with its history, as the instance page and API show it.</summary>
public sealed class InstanceDetails
{
    public required WorkflowInstance Instance { get; init; }
    public required IReadOnlyList<JournalEntry> Journal { get; init; }

    /// <summary>The display name of the member who started it; null when a device, webhook or timer did.</summary>
    public string? StartedByName { get; init; }
}
