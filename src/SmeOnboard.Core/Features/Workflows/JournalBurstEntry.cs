using System.Text.Json.Serialization;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// One journal entry inside a workflow_journal_bursts row's JSON array. The instance id is the row's, so it is not
/// repeated; absent fields are left out, which keeps a burst's row small.
/// </summary>
internal sealed class JournalBurstEntry
{
    public long Sequence { get; init; }
    public DateTimeOffset At { get; init; }
    public JournalKind Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActivityId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ActivityType { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Message { get; init; }

    public IReadOnlyList<string> Outcomes { get; init; } = [];

    // Cut to what the database columns kept before entries moved into JSON, so a time reads back as it always did.
    public static JournalBurstEntry From(JournalEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = DapperTypeHandlers.ToStoredPrecision(entry.At),
        Kind = entry.Kind,
        ActivityId = entry.ActivityId,
        ActivityType = entry.ActivityType,
        Message = entry.Message,
        Outcomes = entry.Outcomes,
    };

    public JournalEntry ToEntry(string instanceId) => new()
    {
        InstanceId = instanceId,
        Sequence = Sequence,
        At = At,
        Kind = Kind,
        ActivityId = ActivityId,
        ActivityType = ActivityType,
        Message = Message,
        Outcomes = Outcomes,
    };
}
