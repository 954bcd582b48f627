namespace SmeOnboard.Web.Features.Demo;

public static class DemoModule
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoProgramme>();
        services.AddScoped<DemoPilot>();
        return services;
    }
}
