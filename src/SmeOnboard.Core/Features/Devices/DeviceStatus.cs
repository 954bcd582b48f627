namespace SmeOnboard.Core.Features.Devices;

/// <summary>How a device is doing now: online (connected, or a message within the last two minutes) and its message rate.</summary>
public sealed record DeviceStatus(bool Online, int MessagesPerMinute)
{
    public static readonly TimeSpan RecentlySeen = TimeSpan.FromMinutes(2);
}
