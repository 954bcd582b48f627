namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>What a dashboard shows live for a linked device: its state, what it made this shift, its last reading.</summary>
public sealed class DeviceLiveValue
{
    public required Guid OrgId { get; init; }
    public required string DeviceId { get; init; }
    public string? State { get; init; }
    public string? ShiftKey { get; init; }
    public double? CountThisShift { get; init; }
    public DateTimeOffset? LastReadingAt { get; init; }
}
