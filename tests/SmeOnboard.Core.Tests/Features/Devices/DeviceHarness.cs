using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.DeviceKpis;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Devices;

/// <summary>
/// The workflow services of <see cref="RuntimeHarness"/> plus the device services, with the embedded broker, the
/// batch writer and the workflow router started in-process on a free TCP port; payloads over 1 KB are too large here.
/// </summary>
internal sealed class DeviceHarness : IAsyncDisposable
{
    public const int MaxPayloadBytes = 1024;

    private readonly List<IMqttClient> _clients = [];

    private DeviceHarness(RuntimeHarness workflows, int port)
    {
        Workflows = workflows;
        Port = port;
    }

    public RuntimeHarness Workflows { get; }
    public int Port { get; }

    public static async Task<DeviceHarness> StartAsync(TestDatabases databases, DatabaseProvider provider)
    {
        var port = FreePort();
        var workflows = await RuntimeHarness.StartAsync(databases, provider, new Dictionary<string, string?>
        {
            ["Devices:MqttPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Devices:FlushIntervalMilliseconds"] = "50",
            ["Devices:MaxPayloadBytes"] = MaxPayloadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, services =>
        {
            services.AddWorkspace();
            services.AddDeviceServices();
            services.AddDeviceWorkers();
        });
        var harness = new DeviceHarness(workflows, port);
        await workflows.As<DeviceBroker>().StartAsync(CancellationToken.None);
        await workflows.As<ReadingWriter>().StartAsync(CancellationToken.None);
        await workflows.As<DeviceSignalRouter>().StartAsync(CancellationToken.None);
        await workflows.As<DeviceKpiProjector>().StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>Registers a device with cycles (counter), state (state) and temperature (measurement) for the firm, unless other signals are named.</summary>
    public async Task<IssuedDevice> RegisterAsync(Organisation? firm = null, IReadOnlyList<SignalDefinition>? signals = null)
    {
        var result = await Workflows.As<DeviceRegistry>(Workflows.Member(organisation: firm)).AddAsync(new NewDevice
        {
            Name = "Press 3",
            MachineType = "Stamping press",
            Location = "Hall A",
            Signals = signals?.ToList() ??
            [
                new() { Name = "cycles", Unit = "pcs", Type = SignalType.Counter },
                new() { Name = "state", Type = SignalType.State },
                new() { Name = "temperature", Unit = "°C", Type = SignalType.Measurement },
            ],
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public async Task<IMqttClient> ConnectAsync(IssuedDevice device, MqttProtocolVersion version = MqttProtocolVersion.V500, string? secret = null)
    {
        var (client, result) = await TryConnectAsync(device, version, secret);
        Assert.Equal(MqttClientConnectResultCode.Success, result.ResultCode);
        return client;
    }

    public async Task<(IMqttClient Client, MqttClientConnectResult Result)> TryConnectAsync(
        IssuedDevice device, MqttProtocolVersion version = MqttProtocolVersion.V500, string? secret = null)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        _clients.Add(client);
        var result = await client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", Port)
            .WithClientId(device.Device.Id)
            .WithCredentials(device.Device.Id, secret ?? device.Secret)
            .WithProtocolVersion(version)
            .Build(), TestContext.Current.CancellationToken);
        return (client, result);
    }

    public static Task<MqttClientPublishResult> PublishAsync(IMqttClient client, string topic, string payload) =>
        client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(Encoding.UTF8.GetBytes(payload))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build(), TestContext.Current.CancellationToken);

    public Task<DeviceRow?> FindAsync(IssuedDevice device) =>
        Workflows.As<DeviceStore>().FindAsync(device.Device.OrgId, device.Device.Id);

    /// <summary>Polls until <paramref name="condition"/> holds (the writer flushes every 50 ms), failing after ten seconds.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await read();
            if (condition(value))
                return value;
            Assert.True(DateTime.UtcNow < until, $"Still not there after ten seconds: {value}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            if (client.IsConnected)
                await client.DisconnectAsync();
            client.Dispose();
        }
        await Workflows.As<DeviceBroker>().StopAsync(CancellationToken.None);
        await Workflows.As<ReadingWriter>().StopAsync(CancellationToken.None);
        await Workflows.As<DeviceSignalRouter>().StopAsync(CancellationToken.None);
        await Workflows.As<DeviceKpiProjector>().StopAsync(CancellationToken.None);
        await Workflows.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
