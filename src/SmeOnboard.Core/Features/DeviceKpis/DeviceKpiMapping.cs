namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>
/// Which of a device's signals fill which columns of a linked table. Shifts are two of twelve hours, early from 06:00
/// and late from 18:00 in the firm's local time (<see cref="UtcOffsetMinutes"/>); a late shift belongs to the day it began.
/// </summary>
public sealed class DeviceKpiMapping
{
    /// <summary>The value written to the table's machine column.</summary>
    public string Machine { get; init; } = "";

    /// <summary>The state signal: RUNNING time counts as run time (counts); entering the stopped state opens a stop (downtime).</summary>
    public string StateSignal { get; init; } = "state";

    public string RunningState { get; init; } = "RUNNING";

    public string StoppedState { get; init; } = "STOPPED";

    /// <summary>A counter of every part made (counts). A counter that goes down is taken as restarted from zero.</summary>
    public string? TotalSignal { get; init; }

    /// <summary>A counter of good parts (counts); without one every part counts as good.</summary>
    public string? GoodSignal { get; init; }

    public double IdealCycleTimeSeconds { get; init; }

    public DeviceKpiBucket Bucket { get; init; } = DeviceKpiBucket.Shift;

    /// <summary>The state signal naming why the machine stopped (downtime).</summary>
    public string? ReasonSignal { get; init; }

    /// <summary>Device reason → the table's reason code; a reason not listed is written as <see cref="DefaultReason"/>.</summary>
    public IReadOnlyDictionary<string, string> Reasons { get; init; } = new Dictionary<string, string>();

    public string DefaultReason { get; init; } = "";

    public int UtcOffsetMinutes { get; init; } = 480;
}
