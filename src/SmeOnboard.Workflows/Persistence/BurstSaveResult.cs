namespace SmeOnboard.Workflows.Persistence;

/// <summary>Whether a burst was committed, or refused because another burst of the instance was committed first.</summary>
public enum BurstSaveResult
{
    Saved,

    /// <summary>The instance's revision moved on since the burst started; nothing was written.</summary>
    Conflict,
}
