namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>
/// Where a link's projection stands, saved with the rows it wrote in one transaction: a reading at or before
/// <see cref="LastAt"/> has been applied already (or arrived out of order) and changes nothing.
/// </summary>
public sealed class DeviceKpiState
{
    public DateTimeOffset? LastAt { get; init; }
    public string? LastState { get; init; }
    public double? LastTotal { get; init; }
    public double? LastGood { get; init; }

    /// <summary>The counts row being filled ('2026-11-25/early' or '2026-11-25/early/07').</summary>
    public string? BucketKey { get; init; }
    public double PlannedSeconds { get; init; }
    public double RunSeconds { get; init; }
    public double Total { get; init; }
    public double Good { get; init; }

    /// <summary>The shift being counted for live values ('2026-11-25/early'), whatever the row bucket.</summary>
    public string? ShiftKey { get; init; }
    public double ShiftTotal { get; init; }

    /// <summary>The stop still open (downtime): when it began and its reason code.</summary>
    public DateTimeOffset? StopStartedAt { get; init; }
    public string? StopReason { get; init; }
}
