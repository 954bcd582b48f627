using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Database access, migrations and the current actor that every store filters by.</summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IDbConnectionFactory, DbConnectionFactory>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentPrincipal>();
        services.AddScoped<ICurrentActor, CurrentActor>();
        services.AddDataProtection().SetApplicationName("SmeOnboard");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDbConnectionFactory, TimeProvider>((options, db, clock) => options.XmlRepository = new DatabaseXmlRepository(db, clock));
        return services;
    }
}
