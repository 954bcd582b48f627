using Microsoft.Extensions.DependencyInjection;

namespace SmeOnboard.Core.Features.Checkout;

public static class CheckoutServiceCollectionExtensions
{
    /// <summary>
    /// Checkout, settlement and refunds. The host adds the <see cref="IPaymentGateway"/>: Stripe with a configured key,
    /// else the embedded sandbox.
    /// </summary>
    public static IServiceCollection AddCheckoutStores(this IServiceCollection services) => services
        .AddScoped<CheckoutStore>()
        .AddScoped<OrderSettlement>()
        .AddScoped<RefundStore>()
        .AddScoped<VoucherPriceStore>();
}
