namespace SmeOnboard.Core.Features.Audit;

/// <summary>One append-only record of something a person (or the system) did.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public Guid? ActorUserId { get; init; }
    public string ActorName { get; init; } = "";

    /// <summary>The organisation the actor acted for, or whose data was touched when the platform acted.</summary>
    public Guid? OrgId { get; init; }

    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public string? EntityId { get; init; }

    /// <summary>Before/after in a sentence, e.g. "headcount 10-49 → 50-99". Never secrets.</summary>
    public string Summary { get; init; } = "";
}
