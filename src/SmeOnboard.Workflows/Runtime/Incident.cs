namespace SmeOnboard.Workflows.Runtime;

/// <summary>A failure that faulted an instance: what failed, where, and when it will be retried if at all.</summary>
public sealed class Incident
{
    public required string Id { get; init; }
    public required IncidentKind Kind { get; init; }
    public string? ActivityId { get; init; }
    public string? ActivityType { get; init; }

    /// <summary>The input or field the failure concerns, when there is one.</summary>
    public string? Field { get; init; }
    public required string Message { get; init; }

    /// <summary>The line of the script that failed, for script errors.</summary>
    public int? Line { get; init; }

    /// <summary>How many times the activity has failed in a row, this failure included.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>When an automatic retry is due; null when only an operator can retry.</summary>
    public DateTimeOffset? RetryAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    public override string ToString()
    {
        var where = ActivityId is null ? "" : $"activity '{ActivityId}'" + (Field is null ? "" : $", {Field}") + (Line is null ? "" : $", line {Line}") + ": ";
        return $"{Kind}: {where}{Message}";
    }
}
