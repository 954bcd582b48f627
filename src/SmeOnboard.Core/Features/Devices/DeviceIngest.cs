using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// The one gate every device message passes, from the broker or over HTTP: the topic must be the device's own, the
/// payload must read (<see cref="DevicePayload"/>), and the queue must have room. A refusal is logged and counted on
/// the device; it never throws.
/// </summary>
public sealed partial class DeviceIngest(DeviceQueue queue, DevicePresence presence, IOptions<DeviceOptions> options, TimeProvider clock, ILogger<DeviceIngest> logger)
{
    /// <summary>Null when accepted; otherwise why not.</summary>
    public DeviceRejection? Accept(KnownDevice device, string topic, ReadOnlySpan<byte> payload)
    {
        var now = clock.GetUtcNow();
        if (!DeviceTopics.IsOwn(topic, device.OrgId, device.Id))
            return Refuse(device, new DeviceRejection(now, RejectionCode.TopicNotAllowed, Cut(topic)));
        var (message, rejection) = DevicePayload.Read(payload, device.OrgId, device.Id, topic, device.Signals, options.Value.MaxPayloadBytes, now);
        if (rejection is not null)
            return Refuse(device, rejection);
        if (!queue.TryAccept(message!))
            return Refuse(device, new DeviceRejection(now, RejectionCode.Busy, "The portal is writing a backlog; send again shortly."));
        presence.MessageAccepted(device.Id);
        return null;
    }

    /// <summary>Counts and logs a refusal decided elsewhere (a subscription outside the device's topics).</summary>
    public DeviceRejection Refuse(KnownDevice device, DeviceRejection rejection)
    {
        LogRefused(logger, device.OrgId, device.Id, rejection.Code, rejection.Detail);
        queue.Reject(device.Id, rejection);
        return rejection;
    }

    private static string Cut(string text) => text.Length > 200 ? text[..200] : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Device {DeviceId} of organisation {OrgId} refused: {Code} ({Detail})")]
    private static partial void LogRefused(ILogger logger, Guid orgId, string deviceId, RejectionCode code, string detail);
}
