using System.CommandLine;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Packets;
using MQTTnet.Protocol;
using SmeOnboard.Cli.Workflows;
using SmeOnboard.Core.Features.Devices;

namespace SmeOnboard.Cli.Devices;

/// <summary>
/// `smeonboard devices simulate --device ID --secret SECRET [--host H] [--port P] [--firm FIRM] [--seconds N]`: plays
/// a machine over MQTT 5, one message a second, printing one line per message and a summary.
/// </summary>
public static class DevicesCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "The broker's host.", DefaultValueFactory = _ => "localhost" };
        var port = new Option<int>("--port") { Description = "The broker's MQTT TCP port.", DefaultValueFactory = _ => 1883 };
        var device = new Option<string>("--device") { Description = "The device id (also its MQTT user name and client id).", Required = true };
        var secret = new Option<string>("--secret") { Description = "The device's secret.", Required = true };
        var firm = new Option<Guid?>("--firm") { Description = "The firm's id; without it the broker's CONNACK names the topic prefix." };
        var seconds = new Option<int>("--seconds") { Description = "How long to run; 0 runs until stopped.", DefaultValueFactory = _ => 60 };
        var signals = new Option<string>("--signals")
        {
            Description = "The signals to send, as registered: any of cycles, state, stopReason, temperature.",
            DefaultValueFactory = _ => "cycles,state,stopReason,temperature",
        };
        var stopChance = new Option<double>("--stop-chance") { Description = "The chance per second that a running machine stops.", DefaultValueFactory = _ => 0.03 };
        var simulate = new Command("simulate", "Publish realistic machine data (cycle counts, stops with reasons, temperatures) over MQTT.")
        {
            host, port, device, secret, firm, seconds, signals, stopChance,
        };
        simulate.SetAction((result, cancellationToken) => SimulateAsync(new SimulatorSettings
        {
            Host = result.GetValue(host)!,
            Port = result.GetValue(port),
            DeviceId = result.GetValue(device)!,
            Secret = result.GetValue(secret)!,
            FirmId = result.GetValue(firm),
            Seconds = result.GetValue(seconds),
            Signals = result.GetValue(signals)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StopChance = result.GetValue(stopChance),
        }, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken));
        return new Command("devices", "Work with machine data.") { simulate };
    }

    public static async Task<int> SimulateAsync(SimulatorSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        MqttClientConnectResult connected;
        try
        {
            connected = await client.ConnectAsync(new MqttClientOptionsBuilder()
                .WithTcpServer(settings.Host, settings.Port)
                .WithClientId(settings.DeviceId)
                .WithCredentials(settings.DeviceId, settings.Secret)
                .WithProtocolVersion(MqttProtocolVersion.V500)
                .Build(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error.WriteLine($"Could not reach the broker at {settings.Host}:{settings.Port}: {e.Message}");
            return ExitCodes.Failed;
        }
        if (connected.ResultCode != MqttClientConnectResultCode.Success)
        {
            error.WriteLine($"The broker refused the device: {connected.ResultCode}.");
            return ExitCodes.Failed;
        }
        var prefix = settings.FirmId is { } firmId
            ? DeviceTopics.Prefix(firmId, settings.DeviceId)
            : connected.UserProperties?.FirstOrDefault(p => p.Name == DeviceBroker.TopicPrefixProperty)?.ReadValueAsString();
        if (prefix is null)
        {
            error.WriteLine("The broker did not name the topic prefix; pass --firm.");
            return ExitCodes.Usage;
        }
        var topic = prefix + "/readings";
        output.WriteLine($"Publishing to {topic}");
        var machine = new MachineModel(new Random());
        var (sent, refused) = (0, 0);
        try
        {
            for (var second = 0; settings.Seconds == 0 || second < settings.Seconds; second++)
            {
                machine.Step(settings.StopChance);
                var published = await client.PublishAsync(new MqttApplicationMessageBuilder()
                    .WithTopic(topic)
                    .WithPayload(Payload(machine, settings.Signals).ToJsonString())
                    .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                    .Build(), cancellationToken);
                var ok = published.ReasonCode is MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers;
                (sent, refused) = ok ? (sent + 1, refused) : (sent, refused + 1);
                output.WriteLine($"{machine.State,-8} cycles={machine.Cycles} temperature={machine.Temperature:0.0} reason={machine.StopReason}"
                    + (ok ? "" : $"  refused: {published.ReasonCode} {published.ReasonString}"));
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped with Ctrl+C: the summary still follows.
        }
        output.WriteLine($"{sent} messages accepted, {refused} refused.");
        await client.DisconnectAsync(cancellationToken: CancellationToken.None);
        return refused == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    private static JsonObject Payload(MachineModel machine, IReadOnlyCollection<string> signals)
    {
        var values = new JsonObject();
        if (signals.Contains("cycles"))
            values["cycles"] = machine.Cycles;
        if (signals.Contains("state"))
            values["state"] = machine.State;
        if (signals.Contains("stopReason"))
            values["stopReason"] = machine.StopReason;
        if (signals.Contains("temperature"))
            values["temperature"] = machine.Temperature;
        return new JsonObject { ["timestamp"] = DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture), ["values"] = values };
    }
}
