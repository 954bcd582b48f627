using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>The "Devices" section: the embedded MQTT broker or an external one, payload limits, batching and retention.</summary>
public sealed class DeviceOptions
{
    public const string Section = "Devices";

    /// <summary>Runs the MQTT broker inside the portal (TCP on <see cref="MqttPort"/>, WebSockets at /mqtt).</summary>
    public bool EmbeddedBroker { get; set; } = true;

    [Range(0, 65535)]
    public int MqttPort { get; set; } = 1883;

    /// <summary>The host name gateways are told to connect to; the instructions show it.</summary>
    [Required]
    public string PublicHost { get; set; } = "localhost";

    /// <summary>Set to use an external broker instead: the portal connects to it as a client and subscribes to firms/+/devices/#.</summary>
    public ExternalBrokerOptions? ExternalBroker { get; set; }

    [Range(256, 16 * 1024 * 1024)]
    public int MaxPayloadBytes { get; set; } = 64 * 1024;

    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;

    [Range(1, 3650)]
    public int HourlyRetentionDays { get; set; } = 400;

    [Range(10, 60_000)]
    public int FlushIntervalMilliseconds { get; set; } = 250;

    [Range(1, 100_000)]
    public int FlushBatchSize { get; set; } = 1000;

    /// <summary>Accepted messages waiting to be written; beyond it new messages are refused as busy.</summary>
    [Range(100, 10_000_000)]
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>HTTP ingest requests per device per minute.</summary>
    [Range(1, 100_000)]
    public int HttpPermitsPerMinute { get; set; } = 600;
}
