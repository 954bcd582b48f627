using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MQTTnet.AspNetCore;
using MQTTnet.Server;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Devices;

/// <summary>
/// Machine data in: the device registry pages (firm admins), the embedded MQTT broker with its WebSocket endpoint at
/// /mqtt, HTTP ingest for devices with a bearer token, and the demo firm's press.
/// </summary>
public static class DevicesModule
{
    public static IServiceCollection AddDevices(this IServiceCollection services)
    {
        services.AddDeviceServices();
        services.AddDeviceWorkers();
        services.AddSingleton<MqttWebSocketServerAdapter>();
        services.AddSingleton<IMqttServerAdapter>(provider => provider.GetRequiredService<MqttWebSocketServerAdapter>());
        services.AddHostedService<DemoDeviceSeeder>();
        services.AddNavEntry(new NavEntry("/devices", "Nav.Devices", Filled.Sensors, Policies.FirmAdmin, 35));
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(DeviceIngestEndpoint.RateLimitPolicy, context =>
        {
            var permits = context.RequestServices.GetRequiredService<IOptions<DeviceOptions>>().Value.HttpPermitsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter($"{context.Request.RouteValues["deviceId"]}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapDevices(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/devices/{deviceId}/readings", DeviceIngestEndpoint.Post)
            .AllowAnonymous()
            .RequireRateLimiting(DeviceIngestEndpoint.RateLimitPolicy)
            // Devices post with their token, not a form or cookie, so there is no antiforgery token to check.
            .DisableAntiforgery()
            .WithTags("Devices");
        // The broker signs the device in on its CONNECT packet; the WebSocket itself is open to all.
        var webSockets = endpoints.CreateApplicationBuilder();
        webSockets.UseWebSockets();
        webSockets.Run(context => MqttWebSocketEndpoint.Handle(
            context, context.RequestServices.GetRequiredService<MqttWebSocketServerAdapter>(), context.RequestServices.GetRequiredService<DeviceBroker>()));
        endpoints.Map(MqttWebSocketEndpoint.Path, webSockets.Build()).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
