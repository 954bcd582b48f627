namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// Every device lives under <c>firms/&lt;firmId&gt;/devices/&lt;deviceId&gt;/</c>; it may publish and subscribe there and
/// nowhere else. Workflows hear accepted messages on the device's topic and on one topic per signal.
/// </summary>
public static class DeviceTopics
{
    public const string AllDevicesFilter = "firms/+/devices/#";

    public static string Prefix(Guid orgId, string deviceId) => $"firms/{orgId:D}/devices/{deviceId}";

    /// <summary>Where gateways publish readings.</summary>
    public static string Readings(Guid orgId, string deviceId) => $"{Prefix(orgId, deviceId)}/readings";

    /// <summary>Where workflows hear one signal's value as <c>{ value }</c>.</summary>
    public static string Signal(Guid orgId, string deviceId, string signal) => $"{Prefix(orgId, deviceId)}/signals/{signal}";

    /// <summary>True when a topic (or a subscription's filter) lies under the device's own prefix, wildcards only after it.</summary>
    public static bool IsOwn(string topic, Guid orgId, string deviceId)
    {
        var prefix = Prefix(orgId, deviceId);
        return topic.Length > prefix.Length + 1 && topic.StartsWith(prefix + "/", StringComparison.Ordinal)
            || topic == prefix;
    }

    /// <summary>The firm and device a topic names, for messages coming from an external broker.</summary>
    public static (Guid OrgId, string DeviceId)? Parse(string topic)
    {
        var parts = topic.Split('/');
        return parts.Length >= 4 && parts[0] == "firms" && parts[2] == "devices" && Guid.TryParse(parts[1], out var orgId) && parts[3].Length > 0
            ? (orgId, parts[3])
            : null;
    }
}
