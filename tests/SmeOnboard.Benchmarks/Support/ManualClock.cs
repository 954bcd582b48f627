namespace SmeOnboard.Benchmarks.Support;

/// <summary>A clock the benchmark sets, so timers fall due when it says and not after a real hour.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
