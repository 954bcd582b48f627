namespace SmeOnboard.Core.Features.Workflows;

/// <summary>What became of a burst the executor was asked to run.</summary>
public enum ExecutionOutcome
{
    /// <summary>The burst changed the instance and was committed.</summary>
    Saved,

    /// <summary>The burst changed nothing (a declined stimulus, a bookmark already gone, nothing to retry).</summary>
    Unchanged,

    /// <summary>The organisation has no such instance, or its pinned definition version is gone.</summary>
    NotFound,

    /// <summary>Another holder kept the instance's lock past the timeout; nothing was run.</summary>
    Busy,

    /// <summary>Other bursts kept winning the revision check, more often than the configured retries allow.</summary>
    Conflict,
}
