namespace SmeOnboard.Workflows.Runtime;

/// <summary>How often and how soon a failed activity is retried automatically before an operator must act.</summary>
public sealed class RetryPolicy
{
    /// <summary>Attempts in all, the first included; 1 means no automatic retry.</summary>
    public int MaxAttempts { get; init; } = 3;
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(30);
    public double BackoffMultiplier { get; init; } = 2;
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The wait before the next attempt after the given failed attempt (1-based), or null when none is left.</summary>
    public TimeSpan? BackoffAfter(int failedAttempt)
    {
        if (failedAttempt >= MaxAttempts)
            return null;
        var seconds = InitialBackoff.TotalSeconds * Math.Pow(BackoffMultiplier, failedAttempt - 1);
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }
}
