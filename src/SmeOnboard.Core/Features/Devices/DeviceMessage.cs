namespace SmeOnboard.Core.Features.Devices;

/// <summary>A message a device sent that passed every check, on its way to storage and to the firm's workflows.</summary>
public sealed class DeviceMessage
{
    public required Guid OrgId { get; init; }

    public required string DeviceId { get; init; }

    public required string Topic { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required IReadOnlyList<SignalValue> Values { get; init; }

    /// <summary>The payload as sent (already known to be small enough), shown as the device's last message.</summary>
    public required string Json { get; init; }
}
