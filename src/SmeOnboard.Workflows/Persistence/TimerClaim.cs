using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Persistence;

/// <summary>A due timer (or retry) bookmark that one worker holds until the lease ends; it carries the organisation with it.</summary>
public sealed class TimerClaim
{
    public required Bookmark Bookmark { get; init; }

    /// <summary>Identifies this claim: completing or releasing it succeeds only while no later claim replaced it.</summary>
    public required Guid Token { get; init; }

    /// <summary>When another worker may claim the timer again, should this one stop before it is done.</summary>
    public required DateTimeOffset LeaseUntil { get; init; }
}
