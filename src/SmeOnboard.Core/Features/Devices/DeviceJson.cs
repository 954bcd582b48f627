using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>The JSON columns of a device row: its signals and its latest rejections.</summary>
public static class DeviceJson
{
    public const int RejectionsKept = 10;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IReadOnlyList<SignalDefinition> Signals(DeviceRow device) =>
        JsonSerializer.Deserialize<List<SignalDefinition>>(device.Signals, Options) ?? [];

    public static string Write(IReadOnlyList<SignalDefinition> signals) => JsonSerializer.Serialize(signals, Options);

    public static IReadOnlyList<DeviceRejection> Rejections(string json) =>
        JsonSerializer.Deserialize<List<DeviceRejection>>(json, Options) ?? [];

    public static string Write(IReadOnlyList<DeviceRejection> rejections) => JsonSerializer.Serialize(rejections, Options);
}
