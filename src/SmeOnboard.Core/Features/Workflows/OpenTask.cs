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

    /// <summary>Who took the task for themselves, or null while anyone of its role may.</summary>
    public TaskClaim? Claim { get; init; }

    /// <summary>Assigned to the reader by name or email rather than through a role.</summary>
    public bool AssignedToMe { get; init; }

    /// <summary>Someone other than <paramref name="userId"/> has taken it.</summary>
    public bool IsTakenByOther(Guid? userId) => Claim is { } claim && claim.ClaimedBy != userId;

    public bool IsOverdue(DateTimeOffset now) => DueAt is { } due && due < now;
}
