namespace SmeOnboard.Web.Features.DeviceKpis;

/// <summary>
/// KPIs from machine data: the page where a firm administrator links installed tables to devices, the live values on
/// KPI dashboards, and the demo firm's linked press. The projection itself runs with the device workers.
/// </summary>
public static class DeviceKpisModule
{
    public static IServiceCollection AddDeviceKpis(this IServiceCollection services)
    {
        services.AddHostedService<DemoDeviceKpiSeeder>();
        return services;
    }
}
