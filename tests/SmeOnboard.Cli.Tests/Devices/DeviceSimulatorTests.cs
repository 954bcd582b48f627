using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet.Packets;
using MQTTnet.Server;
using SmeOnboard.Cli.Devices;
using SmeOnboard.Core.Features.Devices;

namespace SmeOnboard.Cli.Tests.Devices;

/// <summary>`devices simulate` against a bare MQTTnet broker that records what it receives.</summary>
public sealed class DeviceSimulatorTests
{
    [Fact]
    public async Task The_simulator_signs_in_as_the_device_and_publishes_one_reading_a_second_under_the_prefix_the_broker_names()
    {
        const string prefix = "firms/7d8a2f0e-0000-4000-8000-000000000001/devices/press-1";
        var port = FreePort();
        var received = new ConcurrentQueue<(string Topic, string Payload)>();
        string? signedInAs = null;
        using var server = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(port).Build());
        server.ValidatingConnectionAsync += e =>
        {
            signedInAs = $"{e.UserName}:{e.Password}";
            e.ResponseUserProperties ??= [];
            e.ResponseUserProperties.Add(new MqttUserProperty(DeviceBroker.TopicPrefixProperty, Encoding.UTF8.GetBytes(prefix).AsMemory()));
            return Task.CompletedTask;
        };
        server.InterceptingPublishAsync += e =>
        {
            received.Enqueue((e.ApplicationMessage.Topic, Encoding.UTF8.GetString(e.ApplicationMessage.Payload)));
            return Task.CompletedTask;
        };
        await server.StartAsync();
        var output = new StringWriter();

        var exit = await DevicesCommand.SimulateAsync(new SimulatorSettings
        {
            Host = "127.0.0.1",
            Port = port,
            DeviceId = "press-1",
            Secret = "dsk_test",
            Seconds = 2,
            Signals = ["cycles", "state", "temperature"],
            StopChance = 0,
        }, output, new StringWriter(), TestContext.Current.CancellationToken);

        await server.StopAsync();
        Assert.Equal((0, "press-1:dsk_test"), (exit, signedInAs));
        Assert.Equal(2, received.Count);
        Assert.All(received, message => Assert.Equal(prefix + "/readings", message.Topic));
        var values = JsonNode.Parse(received.Last().Payload)!["values"]!.AsObject();
        Assert.Equal(["cycles", "state", "temperature"], values.Select(v => v.Key));
        Assert.Equal("RUNNING", values["state"]!.GetValue<string>());
        Assert.Contains("2 messages accepted, 0 refused.", output.ToString(), StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
