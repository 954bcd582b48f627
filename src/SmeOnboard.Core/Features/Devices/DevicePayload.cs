using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// Reads a device's message: <c>{"timestamp": "2026-11-25T08:00:00Z", "values": {"cycles": 1200, "state": "RUNNING"}}</c>.
/// The timestamp may also be Unix milliseconds, or left out for the time of arrival. Every value must name one of the
/// device's signals and have its type: a number for counters (not negative) and measurements, text for states.
/// </summary>
public static class DevicePayload
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8 };

    /// <summary>The message, or the first reason to refuse it.</summary>
    public static (DeviceMessage? Message, DeviceRejection? Rejection) Read(
        ReadOnlySpan<byte> payload, Guid orgId, string deviceId, string topic, IReadOnlyList<SignalDefinition> signals, int maxBytes, DateTimeOffset now)
    {
        if (payload.Length > maxBytes)
            return Refuse(now, RejectionCode.TooLarge, $"{payload.Length} bytes; the limit is {maxBytes}.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload.ToArray(), Options);
        }
        catch (JsonException e)
        {
            return Refuse(now, RejectionCode.Malformed, e.Message);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
                return Refuse(now, RejectionCode.Malformed, "Expected an object with a \"values\" object.");
            var recordedAt = now;
            if (root.TryGetProperty("timestamp", out var timestamp) && !TryReadTime(timestamp, out recordedAt))
                return Refuse(now, RejectionCode.Malformed, "\"timestamp\" must be an ISO 8601 time or Unix milliseconds.");
            var read = new List<SignalValue>();
            foreach (var property in values.EnumerateObject())
            {
                var signal = signals.FirstOrDefault(s => s.Name == property.Name);
                if (signal is null)
                    return Refuse(now, RejectionCode.UnknownSignal, property.Name);
                var value = ReadValue(signal, property.Value);
                if (value is null)
                    return Refuse(now, RejectionCode.WrongType, $"{property.Name}: expected {Expected(signal.Type)}.");
                read.Add(value);
            }
            if (read.Count == 0)
                return Refuse(now, RejectionCode.Malformed, "\"values\" is empty.");
            return (new DeviceMessage
            {
                OrgId = orgId,
                DeviceId = deviceId,
                Topic = topic,
                RecordedAt = recordedAt.ToUniversalTime(),
                ReceivedAt = now,
                Values = read,
                Json = Encoding.UTF8.GetString(payload),
            }, null);
        }
    }

    private static (DeviceMessage?, DeviceRejection?) Refuse(DateTimeOffset now, RejectionCode code, string detail) =>
        (null, new DeviceRejection(now, code, detail.Length > 200 ? detail[..200] : detail));

    private static string Expected(SignalType type) => type == SignalType.State ? "text" : type == SignalType.Counter ? "a number of at least 0" : "a number";

    private static SignalValue? ReadValue(SignalDefinition signal, JsonElement value) => signal.Type switch
    {
        SignalType.State when value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 and <= 200 } text => new SignalValue(signal.Name, null, text),
        SignalType.Counter when value.ValueKind == JsonValueKind.Number && value.GetDouble() is >= 0 and var count && double.IsFinite(count) => new SignalValue(signal.Name, count, null),
        SignalType.Measurement when value.ValueKind == JsonValueKind.Number && value.GetDouble() is var number && double.IsFinite(number) => new SignalValue(signal.Name, number, null),
        _ => null,
    };

    private static bool TryReadTime(JsonElement value, out DateTimeOffset time)
    {
        time = default;
        if (value.ValueKind == JsonValueKind.String)
            return DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var milliseconds) && milliseconds is > 0 and < 253402300799999)
        {
            time = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
            return true;
        }
        return false;
    }
}
