namespace SmeOnboard.Workflows.Runtime;

/// <summary>One line of an instance's history.</summary>
public sealed class JournalEntry
{
    public required string InstanceId { get; init; }
    public required long Sequence { get; init; }
    public required DateTimeOffset At { get; init; }
    public required JournalKind Kind { get; init; }
    public string? ActivityId { get; init; }
    public string? ActivityType { get; init; }
    public string? Message { get; init; }

    /// <summary>The outcomes an activity completed with.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];
}
