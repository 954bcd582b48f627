using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.DeviceKpis;

namespace SmeOnboard.Core.Features.Devices;

public static class DevicesServiceCollectionExtensions
{
    /// <summary>
    /// Devices without the background parts: the registry, the stores, the ingest gate and its queue, and the options
    /// of the "Devices" section. Needs the workflow services (AddWorkflows), the workspace (AddWorkspace) and the audit log.
    /// </summary>
    public static IServiceCollection AddDeviceServices(this IServiceCollection services)
    {
        services.AddOptions<DeviceOptions>().BindConfiguration(DeviceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DeviceStore>();
        services.AddSingleton<DeviceReadingStore>();
        services.AddSingleton<DeviceQueue>();
        services.AddSingleton<DevicePresence>();
        services.AddSingleton<DeviceIngest>();
        services.AddSingleton<DeviceTopicListeners>();
        services.AddSingleton<DeviceSignalRouter>();
        services.AddScoped<DeviceRegistry>();
        services.AddSingleton<DeviceKpiLinkStore>();
        services.AddSingleton<DeviceLiveFeed>();
        services.AddSingleton<DeviceKpiProjector>();
        services.AddScoped<DeviceKpiLinks>();
        services.AddScoped<IDeviceLiveValues>(provider => provider.GetRequiredService<DeviceKpiLinks>());
        return services;
    }

    /// <summary>The broker (embedded or the bridge to an external one), the batch writer, the workflow router, the KPI rows from machine data and the retention clean-up.</summary>
    public static IServiceCollection AddDeviceWorkers(this IServiceCollection services)
    {
        services.AddSingleton<DeviceBroker>();
        services.AddSingleton<ReadingWriter>();
        services.AddSingleton<DeviceRetentionWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<DeviceSignalRouter>());
        services.AddHostedService(provider => provider.GetRequiredService<DeviceKpiProjector>());
        services.AddHostedService(provider => provider.GetRequiredService<ReadingWriter>());
        services.AddHostedService(provider => provider.GetRequiredService<DeviceBroker>());
        services.AddHostedService<ExternalBrokerBridge>();
        services.AddHostedService(provider => provider.GetRequiredService<DeviceRetentionWorker>());
        return services;
    }
}
