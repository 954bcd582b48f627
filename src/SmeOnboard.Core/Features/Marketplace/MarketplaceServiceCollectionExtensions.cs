using Microsoft.Extensions.DependencyInjection;

namespace SmeOnboard.Core.Features.Marketplace;

public static class MarketplaceServiceCollectionExtensions
{
    /// <summary>The app catalogue, its loader from marketplace/ and the firms' installs.</summary>
    public static IServiceCollection AddMarketplaceCatalogue(this IServiceCollection services) => services
        .AddScoped<CatalogueStore>()
        .AddScoped<CatalogueLoader>()
        .AddScoped<AppInstallStore>();
}
