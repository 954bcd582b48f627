using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A workflow_journal row.</summary>
internal sealed class JournalRow
{
    public const string Columns = "instance_id, sequence, occurred_at, kind, activity_id, activity_type, message, outcomes";

    public string InstanceId { get; init; } = "";
    public long Sequence { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string Kind { get; init; } = "";
    public string? ActivityId { get; init; }
    public string? ActivityType { get; init; }
    public string? Message { get; init; }
    public string Outcomes { get; init; } = "[]";

    public JournalEntry ToEntry() => new()
    {
        InstanceId = InstanceId,
        Sequence = Sequence,
        At = OccurredAt,
        Kind = Enum.Parse<JournalKind>(Kind),
        ActivityId = ActivityId,
        ActivityType = ActivityType,
        Message = Message,
        Outcomes = WorkflowRowJson.Read<List<string>>(Outcomes),
    };
}
