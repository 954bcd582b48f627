using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A human task or approval waiting for someone, as the task inbox lists it.</summary>
public sealed class OpenTask
{
    public required string BookmarkId { get; init; }
    public required string InstanceId { get; init; }
    public required string DefinitionId { get; init; }
    public required string ActivityId { get; init; }
    public required BookmarkKind Kind { get; init; }
    public required string Title { get; init; }
    public string? Details { get; init; }

    /// <summary>The name of the form a human task asks for.</summary>
    public string? Form { get; init; }
    public string? AssigneeRole { get; init; }
    public string? AssigneeUser { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public bool IsOverdue(DateTimeOffset now) => DueAt is { } due && due < now;
}
