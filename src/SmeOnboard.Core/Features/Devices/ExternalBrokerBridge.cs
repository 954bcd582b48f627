using System.Buffers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// With <see cref="DeviceOptions.ExternalBroker"/> set, the portal subscribes to firms/+/devices/# there and puts each
/// message through the same <see cref="DeviceIngest"/>. That broker signs devices in and must keep each to its own
/// prefix; here a topic whose firm does not own the named device is dropped and logged.
/// </summary>
public sealed partial class ExternalBrokerBridge(DeviceStore devices, DeviceIngest ingest, IOptions<DeviceOptions> options, ILogger<ExternalBrokerBridge> logger)
    : BackgroundService
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ExternalBroker is not { } broker)
            return;
        var factory = new MqttClientFactory();
        using var client = factory.CreateMqttClient();
        client.ApplicationMessageReceivedAsync += async e =>
        {
            var topic = e.ApplicationMessage.Topic;
            if (DeviceTopics.Parse(topic) is not { } named || await devices.FindAsync(named.OrgId, named.DeviceId, stoppingToken) is not { } row)
            {
                LogUnknownDevice(logger, topic);
                return;
            }
            ingest.Accept(KnownDevice.Of(row), topic, e.ApplicationMessage.Payload.ToArray());
        };
        var clientOptions = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId(broker.ClientId)
            .WithCredentials(broker.UserName, broker.Password)
            .Build();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!client.IsConnected)
                {
                    await client.ConnectAsync(clientOptions, stoppingToken);
                    await client.SubscribeAsync(factory.CreateSubscribeOptionsBuilder().WithTopicFilter(DeviceTopics.AllDevicesFilter).Build(), stoppingToken);
                    LogConnected(logger, broker.Host, broker.Port);
                }
                await Task.Delay(Retry, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogConnectFailed(logger, e, broker.Host, broker.Port);
                await Task.Delay(Retry, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed to device topics on the external MQTT broker {Host}:{Port}")]
    private static partial void LogConnected(ILogger logger, string host, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The external MQTT broker {Host}:{Port} could not be reached; trying again")]
    private static partial void LogConnectFailed(ILogger logger, Exception exception, string host, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message on {Topic} names no registered device of that firm; dropped")]
    private static partial void LogUnknownDevice(ILogger logger, string topic);
}
