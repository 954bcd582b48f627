using Microsoft.Extensions.DependencyInjection;

namespace SmeOnboard.Core.Features.Checkout.RefundRequests;

public static class RefundRequestsServiceCollectionExtensions
{
    /// <summary>Vendors' refund requests and their decision by platform administrators; needs the checkout stores.</summary>
    public static IServiceCollection AddRefundRequestStores(this IServiceCollection services) => services.AddScoped<RefundRequestStore>();
}
