using Microsoft.Extensions.DependencyInjection;

namespace SmeOnboard.Core.Features.Vouchers.Claims;

public static class ClaimsServiceCollectionExtensions
{
    /// <summary>
    /// Reimbursement claims, filed by firms and decided by officers. The host binds <see cref="ClaimOptions"/> and adds
    /// an <see cref="IClaimNotifier"/>; the voucher and checkout stores must be registered too.
    /// </summary>
    public static IServiceCollection AddClaimStores(this IServiceCollection services) => services
        .AddScoped<ClaimStore>()
        .AddScoped<ClaimDecisions>();
}
