using DnsClient;
using Microsoft.Extensions.DependencyInjection;

namespace SmeOnboard.Core.Features.Vendors;

public static class VendorsServiceCollectionExtensions
{
    /// <summary>
    /// Vendor onboarding and the vendor dashboard; domain checks go through <see cref="IDomainVerifier"/>. The host binds
    /// <see cref="VendorPayoutOptions"/> to its configuration; unbound, payouts are sandbox only.
    /// </summary>
    public static IServiceCollection AddVendorOnboarding(this IServiceCollection services)
    {
        services.AddOptions<VendorPayoutOptions>();
        return services
            .AddScoped<VendorOnboardingStore>()
            .AddScoped<VendorDashboardStore>();
    }

    /// <summary>The production verifier: DNS through DnsClient, the well-known file over HTTPS with a short timeout.</summary>
    public static IServiceCollection AddDnsAndFileDomainVerifier(this IServiceCollection services)
    {
        services.AddSingleton<ILookupClient>(_ => new LookupClient(new LookupClientOptions { Timeout = TimeSpan.FromSeconds(5), Retries = 1 }));
        services.AddHttpClient<IDomainVerifier, DnsAndFileDomainVerifier>(http =>
        {
            http.Timeout = TimeSpan.FromSeconds(10);
            http.MaxResponseContentBufferSize = 64 * 1024;
        });
        return services;
    }
}
