using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>One workflow instance as a list shows it, without its state document.</summary>
public sealed class InstanceSummary
{
    public string Id { get; init; } = "";
    public string DefinitionId { get; init; } = "";
    public int DefinitionVersion { get; init; }
    public WorkflowStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Who or what started it (see <see cref="Workflows.StartedBy"/>); null for instances from before it was recorded.</summary>
    public string? StartedBy { get; init; }

    /// <summary>The display name of the member who started it; null when a device, webhook or timer did.</summary>
    public string? StartedByName { get; init; }

    /// <summary>A test run of a draft from the designer, not production work.</summary>
    public bool IsTest { get; init; }

    /// <summary>The latest incident's message of a faulted instance; null otherwise and in plain lists.</summary>
    public string? Incident { get; init; }
}
