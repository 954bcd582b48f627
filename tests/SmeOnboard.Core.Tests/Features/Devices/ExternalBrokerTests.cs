using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Server;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Devices;

/// <summary>With Devices:ExternalBroker set, the portal reads device topics from that broker through the same checks.</summary>
public sealed class ExternalBrokerTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Messages_on_an_external_broker_are_stored_and_a_topic_naming_another_firms_device_is_dropped(DatabaseProvider provider)
    {
        var port = FreePort();
        using var external = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(port).Build());
        await external.StartAsync();
        await using var workflows = await RuntimeHarness.StartAsync(databases, provider, new Dictionary<string, string?>
        {
            ["Devices:ExternalBroker:Host"] = "127.0.0.1",
            ["Devices:ExternalBroker:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Devices:FlushIntervalMilliseconds"] = "50",
        }, services =>
        {
            services.AddWorkspace();
            services.AddDeviceServices();
            services.AddDeviceWorkers();
        });
        var bridge = workflows.As<IEnumerable<Microsoft.Extensions.Hosting.IHostedService>>().OfType<ExternalBrokerBridge>().Single();
        var writer = workflows.As<ReadingWriter>();
        await writer.StartAsync(Ct);
        await bridge.StartAsync(Ct);
        var registry = workflows.As<DeviceRegistry>();
        var device = (await registry.AddAsync(new NewDevice { Name = "Lathe", Signals = [new() { Name = "temperature", Type = SignalType.Measurement }] }, Ct)).Value;
        await DeviceHarness.EventuallyAsync(async () => (await external.GetClientsAsync()).Count, count => count == 1);
        await Task.Delay(200, Ct);
        using var gateway = new MqttClientFactory().CreateMqttClient();
        await gateway.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("gateway").Build(), Ct);

        await gateway.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(DeviceTopics.Readings(workflows.Other.Id, device.Device.Id)).WithPayload(Encoding.UTF8.GetBytes("""{"values":{"temperature":1}}""")).Build(), Ct);
        await gateway.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(DeviceTopics.Readings(device.Device.OrgId, device.Device.Id)).WithPayload(Encoding.UTF8.GetBytes("""{"values":{"temperature":71.5}}""")).Build(), Ct);

        var store = workflows.As<DeviceStore>();
        var stored = await DeviceHarness.EventuallyAsync(() => store.FindAsync(device.Device.OrgId, device.Device.Id, Ct), d => d!.AcceptedCount > 0);
        Assert.Equal(1, stored!.AcceptedCount);
        Assert.Contains("71.5", stored.LastMessage, StringComparison.Ordinal);
        await bridge.StopAsync(Ct);
        await writer.StopAsync(Ct);
        await external.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
