using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>Which of the organisation's instances a list shows: filters (each optional) and the page.</summary>
public sealed class InstanceQuery
{
    public string? DefinitionId { get; init; }
    public WorkflowStatus? Status { get; init; }

    /// <summary>Started at or after this moment (UTC).</summary>
    public DateTimeOffset? StartedFrom { get; init; }

    /// <summary>Started before this moment (UTC).</summary>
    public DateTimeOffset? StartedBefore { get; init; }

    /// <summary>Who or what started it: a user's id, or one of <see cref="Workflows.StartedBy.Kinds"/>.</summary>
    public string? StartedBy { get; init; }

    /// <summary>Part of the instance id.</summary>
    public string? IdContains { get; init; }

    /// <summary>Zero-based page number.</summary>
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}
