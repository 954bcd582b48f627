using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SmeOnboard.Core.Features.Marketplace.ApiKeys;
using SmeOnboard.Core.Features.Marketplace.Ratings;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Core.Features.Marketplace.Webhooks;

namespace SmeOnboard.Core.Features.Marketplace;

public static class MarketplaceServiceCollectionExtensions
{
    /// <summary>
    /// The app catalogue, its loader from marketplace/, the firms' installs and reviews, and the vendors' submissions. The host adds
    /// an <see cref="ISubmissionNotifier"/>, which composes the vendor emails from its resources.
    /// </summary>
    public static IServiceCollection AddMarketplaceCatalogue(this IServiceCollection services) => services
        .AddScoped<CatalogueStore>()
        .AddScoped<CatalogueLoader>()
        .AddScoped<AppInstallStore>()
        .AddScoped<SubmissionStore>()
        .AddScoped<VendorApiKeyStore>()
        .AddScoped<FirmReviewStore>()
        .AddVendorWebhooks();

    /// <summary>
    /// Vendors' install webhooks: the store behind their page and the dispatcher that delivers events (the host runs it
    /// as a hosted service and binds <see cref="VendorWebhookOptions"/> to configuration).
    /// </summary>
    public static IServiceCollection AddVendorWebhooks(this IServiceCollection services)
    {
        services.AddOptions<VendorWebhookOptions>();
        services.TryAddSingleton<WebhookSecrets>();
        services.AddScoped<VendorWebhookStore>();
        services.AddSingleton<WebhookDispatcher>();
        // A vendor's endpoint is called where the vendor said, never where a redirect points.
        services.AddHttpClient(WebhookDispatcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        return services;
    }
}
