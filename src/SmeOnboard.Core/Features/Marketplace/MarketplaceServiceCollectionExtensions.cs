using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Marketplace.ApiKeys;
using SmeOnboard.Core.Features.Marketplace.Ratings;
using SmeOnboard.Core.Features.Marketplace.Submissions;

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
        .AddScoped<FirmReviewStore>();
}
