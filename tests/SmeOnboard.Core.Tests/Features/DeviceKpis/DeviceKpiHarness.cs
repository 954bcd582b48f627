using MQTTnet;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.DeviceKpis;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Tests.Features.Devices;
using SmeOnboard.Core.Tests.Features.Kpis;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.DeviceKpis;

/// <summary>
/// A <see cref="DeviceHarness"/> (embedded broker, batch writer, KPI projector) with a press that sends cycles, good,
/// state and stopReason, connected over MQTT, and a shipped template installed for the firm.
/// </summary>
internal sealed class DeviceKpiHarness(DeviceHarness broker, IssuedDevice press, IMqttClient client, InstalledTemplate installed) : IAsyncDisposable
{
    public static readonly IReadOnlyList<SignalDefinition> PressSignals =
    [
        new() { Name = "cycles", Unit = "pcs", Type = SignalType.Counter },
        new() { Name = "good", Unit = "pcs", Type = SignalType.Counter },
        new() { Name = "state", Type = SignalType.State },
        new() { Name = "stopReason", Type = SignalType.State },
    ];

    public DeviceHarness Broker => broker;
    public IssuedDevice Press => press;
    public InstalledTemplate Installed => installed;

    public static async Task<DeviceKpiHarness> StartAsync(TestDatabases databases, DatabaseProvider provider, string slug)
    {
        var broker = await DeviceHarness.StartAsync(databases, provider);
        var press = await broker.RegisterAsync(signals: PressSignals);
        var client = await broker.ConnectAsync(press);
        var installed = await broker.Workflows.As<TemplateInstaller>(broker.Workflows.Member()).InstallAsync(ShippedSamples.Template(slug));
        Assert.True(installed.Succeeded, string.Join("; ", installed.Errors.Select(e => e.Message)));
        return new DeviceKpiHarness(broker, press, client, installed.Value);
    }

    public DeviceKpiLinks Links(Organisation? firm = null) => broker.Workflows.As<DeviceKpiLinks>(broker.Workflows.Member(organisation: firm));

    public async Task<DeviceKpiLink> LinkAsync(string tableId, DeviceKpiMapping mapping)
    {
        var linked = await Links().LinkAsync(new NewDeviceKpiLink { InstallationId = installed.Id, TableId = tableId, DeviceId = press.Device.Id, Mapping = mapping });
        Assert.True(linked.Succeeded, string.Join("; ", linked.Errors.Select(e => e.Message)));
        return linked.Value;
    }

    /// <summary>Publishes one reading of the press at <paramref name="at"/> (UTC, ISO 8601) with the values as JSON members.</summary>
    public Task PublishAsync(string at, string values) =>
        DeviceHarness.PublishAsync(client, DeviceTopics.Readings(press.Device.OrgId, press.Device.Id), $"{{\"timestamp\":\"{at}\",\"values\":{{{values}}}}}");

    /// <summary>The rows of the table the device wrote (sample rows left out), once <paramref name="condition"/> holds.</summary>
    public Task<List<IReadOnlyDictionary<string, object?>>> DeviceRowsAsync(string tableId, string machine, Func<List<IReadOnlyDictionary<string, object?>>, bool> condition) =>
        DeviceHarness.EventuallyAsync(
            async () => (await broker.Workflows.As<WorkspaceStore>(broker.Workflows.Member()).ReadRowsAsync(installed.Id, tableId))
                .Where(r => Equals(r.GetValueOrDefault("machine"), machine) && IsTestDay(r))
                .ToList(),
            condition);

    public ValueTask DisposeAsync() => broker.DisposeAsync();

    // The readings are dated 2030, after every sample row.
    private static bool IsTestDay(IReadOnlyDictionary<string, object?> row) =>
        row.GetValueOrDefault("date") is DateOnly { Year: 2030 } || row.GetValueOrDefault("started_at") is DateTimeOffset { Year: 2030 };
}
