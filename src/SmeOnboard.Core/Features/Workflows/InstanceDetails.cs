using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>An instance with its history, as the instance page and API show it.</summary>
public sealed class InstanceDetails
{
    public required WorkflowInstance Instance { get; init; }
    public required IReadOnlyList<JournalEntry> Journal { get; init; }
}
