using System.Buffers;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Packets;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// The embedded MQTT broker (3.1.1 and 5): TCP on <see cref="DeviceOptions.MqttPort"/> plus any adapter the host adds
/// (the web host's WebSockets at /mqtt). A device signs in with its id as user name (or client id) and its secret as
/// password; its client id must be its device id or start with "&lt;deviceId&gt;-", so no device can take over another's
/// session. It may publish and subscribe only under its own topic prefix; everything else is refused, logged and counted.
/// </summary>
public sealed partial class DeviceBroker(
    DeviceStore devices, DeviceIngest ingest, DevicePresence presence, IEnumerable<IMqttServerAdapter> hostAdapters,
    IOptions<DeviceOptions> options, TimeProvider clock, ILogger<DeviceBroker> logger)
    : IHostedService, IAsyncDisposable
{
    private const string DeviceKey = "smeonboard.device";

    /// <summary>The CONNACK user property that tells an MQTT 5 device its topic prefix.</summary>
    public const string TopicPrefixProperty = "topic-prefix";

    private MqttServer? _server;

    public bool IsRunning => _server?.IsStarted == true;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.EmbeddedBroker || settings.ExternalBroker is not null)
            return;
        var factory = new MqttServerFactory();
        var serverOptions = factory.CreateServerOptionsBuilder().WithDefaultEndpoint().WithDefaultEndpointPort(settings.MqttPort).Build();
        var adapters = factory.DefaultServerAdapters.Select(create => create(factory)).Concat(hostAdapters).ToList();
        _server = factory.CreateMqttServer(serverOptions, adapters);
        _server.ValidatingConnectionAsync += ValidateConnectionAsync;
        _server.InterceptingPublishAsync += InterceptPublishAsync;
        _server.InterceptingSubscriptionAsync += InterceptSubscriptionAsync;
        _server.ClientConnectedAsync += e => Track(e.SessionItems, presence.Connected);
        _server.ClientDisconnectedAsync += e => Track(e.SessionItems, presence.Disconnected);
        try
        {
            await _server.StartAsync();
            LogStarted(logger, settings.MqttPort);
        }
        catch (SocketException e)
        {
            // A port taken by another process leaves the portal serving everything else; the log says why devices cannot connect.
            LogPortUnavailable(logger, e, settings.MqttPort);
            _server.Dispose();
            _server = null;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not { IsStarted: true })
            return;
        try
        {
            await _server.StopAsync();
        }
        catch (InvalidOperationException e)
        {
            // MQTTnet can trip over its own list of TCP listeners while closing them ("collection was modified", seen
            // when a test host stops). The broker is going away either way and Dispose closes what is left; failing the
            // host's shutdown for it would only hide the other services' stops.
            LogStopFailed(logger, e);
        }
    }

    public ValueTask DisposeAsync()
    {
        _server?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task ValidateConnectionAsync(ValidatingConnectionEventArgs e)
    {
        var deviceId = string.IsNullOrEmpty(e.UserName) ? e.ClientId : e.UserName;
        var row = DeviceIds.IsValid(deviceId ?? "") ? await devices.FindForSignInAsync(deviceId!, e.CancellationToken) : null;
        if (row is null || !DeviceSecrets.Matches(e.Password, row.SecretHash))
        {
            LogSignInRefused(logger, deviceId ?? "", e.RemoteEndPoint?.ToString() ?? "");
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
            return;
        }
        if (e.ClientId != row.Id && !e.ClientId.StartsWith(row.Id + "-", StringComparison.Ordinal))
        {
            LogSignInRefused(logger, deviceId!, e.RemoteEndPoint?.ToString() ?? "");
            e.ReasonCode = MqttConnectReasonCode.ClientIdentifierNotValid;
            return;
        }
        e.SessionItems[DeviceKey] = KnownDevice.Of(row);
        // MQTT 5 clients learn their topic prefix from the CONNACK, so a gateway needs only its id and secret.
        e.ResponseUserProperties ??= [];
        e.ResponseUserProperties.Add(new MqttUserProperty(TopicPrefixProperty, System.Text.Encoding.UTF8.GetBytes(DeviceTopics.Prefix(row.OrgId, row.Id)).AsMemory()));
    }

    private Task InterceptPublishAsync(InterceptingPublishEventArgs e)
    {
        // Messages the server itself injects have no session; every client's message does.
        if (e.SessionItems?[DeviceKey] is not KnownDevice device)
            return Task.CompletedTask;
        var payload = e.ApplicationMessage.Payload;
        var rejection = payload.Length > options.Value.MaxPayloadBytes
            ? ingest.Refuse(device, new DeviceRejection(clock.GetUtcNow(), RejectionCode.TooLarge, $"{payload.Length} bytes; the limit is {options.Value.MaxPayloadBytes}."))
            : ingest.Accept(device, e.ApplicationMessage.Topic, payload.IsSingleSegment ? payload.FirstSpan : payload.ToArray());
        if (rejection is not null)
        {
            e.ProcessPublish = false;
            e.Response.ReasonCode = rejection.Code switch
            {
                RejectionCode.TopicNotAllowed => MqttPubAckReasonCode.NotAuthorized,
                RejectionCode.Busy => MqttPubAckReasonCode.QuotaExceeded,
                _ => MqttPubAckReasonCode.PayloadFormatInvalid,
            };
            e.Response.ReasonString = $"{rejection.Code}: {rejection.Detail}";
        }
        return Task.CompletedTask;
    }

    private Task InterceptSubscriptionAsync(InterceptingSubscriptionEventArgs e)
    {
        if (e.SessionItems?[DeviceKey] is not KnownDevice device || DeviceTopics.IsOwn(e.TopicFilter.Topic, device.OrgId, device.Id))
            return Task.CompletedTask;
        ingest.Refuse(device, new DeviceRejection(clock.GetUtcNow(), RejectionCode.SubscriptionNotAllowed, e.TopicFilter.Topic));
        e.ProcessSubscription = false;
        e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
        return Task.CompletedTask;
    }

    private static Task Track(System.Collections.IDictionary? sessionItems, Action<string> action)
    {
        if (sessionItems?[DeviceKey] is KnownDevice device)
            action(device.Id);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MQTT broker listening on TCP port {Port}")]
    private static partial void LogStarted(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Error, Message = "The MQTT broker could not listen on TCP port {Port} and is off; set Devices:MqttPort to a free port")]
    private static partial void LogPortUnavailable(ILogger logger, Exception exception, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The MQTT broker did not stop cleanly; it is disposed all the same")]
    private static partial void LogStopFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MQTT sign-in refused for {DeviceId} from {RemoteEndPoint}")]
    private static partial void LogSignInRefused(ILogger logger, string deviceId, string remoteEndPoint);
}
