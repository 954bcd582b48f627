namespace SmeOnboard.Cli.Workflows;

/// <summary>A clock the command line moves on to a timer's due time, so a run never sleeps while waiting for it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Moves the clock forward to the given time; it never goes back.</summary>
    public void MoveTo(DateTimeOffset time)
    {
        if (time > _now)
            _now = time;
    }
}
