using Microsoft.Extensions.DependencyInjection;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

public static class IntegrityServiceCollectionExtensions
{
    /// <summary>Integrity controls of voucher programmes; the host binds <see cref="IntegrityOptions"/> to its configuration.</summary>
    public static IServiceCollection AddVoucherIntegrity(this IServiceCollection services)
    {
        services.AddOptions<IntegrityOptions>().ValidateDataAnnotations();
        return services
            .AddScoped<IntegrityStore>()
            .AddScoped<SatisfactionStore>()
            .AddScoped<LegalDetailsStore>();
    }
}
