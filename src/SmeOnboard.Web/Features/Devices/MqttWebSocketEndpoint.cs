using MQTTnet.AspNetCore;
using SmeOnboard.Core.Features.Devices;

namespace SmeOnboard.Web.Features.Devices;

/// <summary>MQTT over WebSockets through the web host: the connection is handed to the embedded broker, which signs the device in.</summary>
internal static class MqttWebSocketEndpoint
{
    public const string Path = "/mqtt";

    public static async Task Handle(HttpContext context, MqttWebSocketServerAdapter adapter, DeviceBroker broker)
    {
        if (!broker.IsRunning)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync(MqttSubProtocolSelector.SelectSubProtocol(context.Request));
        await adapter.RunWebSocketConnectionAsync(socket, context);
    }
}
