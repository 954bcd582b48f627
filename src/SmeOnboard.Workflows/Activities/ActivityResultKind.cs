namespace SmeOnboard.Workflows.Activities;

/// <summary>How an activity's execution ended.</summary>
public enum ActivityResultKind
{
    /// <summary>Completed with one or more outcomes; tokens flow along matching connections.</summary>
    Completed,

    /// <summary>Waits on the bookmarks it created.</summary>
    Suspended,

    /// <summary>Ends the whole workflow.</summary>
    FinishWorkflow,

    /// <summary>Faults the instance on purpose.</summary>
    Fault,

    /// <summary>A stimulus reached the activity's bookmark but did not match; it keeps waiting.</summary>
    KeepWaiting,
}
