namespace SmeOnboard.Web.Features.Preferences;

public static class LocalizationSetup
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddScoped<CulturePreference>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(PreferenceEndpoints.SupportedCultures[0])
                .AddSupportedCultures(PreferenceEndpoints.SupportedCultures)
                .AddSupportedUICultures(PreferenceEndpoints.SupportedCultures);
            // Only the cookie and the browser's language decide; a query string would make links change the language.
            options.RequestCultureProviders = options.RequestCultureProviders
                .Where(p => p is not Microsoft.AspNetCore.Localization.QueryStringRequestCultureProvider)
                .ToList();
        });
        return services;
    }
}
