namespace SmeOnboard.Workflows.Runtime;

/// <summary>The kinds of entries in an instance's journal.</summary>
public enum JournalKind
{
    Started,
    ActivityCompleted,
    ActivitySuspended,
    Resumed,
    Log,
    Incident,
    Retried,
    Finished,
    Cancelled,
}
