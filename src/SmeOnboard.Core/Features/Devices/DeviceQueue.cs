using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// Between the broker (or HTTP ingest) and the database: a bounded channel the writer drains in batches. Writing never
/// waits, so a slow database makes new messages refused as busy instead of stalling the broker for every firm.
/// </summary>
public sealed class DeviceQueue(IOptions<DeviceOptions> options)
{
    private readonly Channel<DeviceEvent> _channel = Channel.CreateBounded<DeviceEvent>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<DeviceEvent> Reader => _channel.Reader;

    public bool TryAccept(DeviceMessage message) => _channel.Writer.TryWrite(new DeviceEvent(message, null));

    /// <summary>A rejection lost to a full queue is not counted; the messages that filled it are.</summary>
    public void Reject(string deviceId, DeviceRejection rejection) => _channel.Writer.TryWrite(new DeviceEvent(null, new RejectedMessage(deviceId, rejection)));
}
