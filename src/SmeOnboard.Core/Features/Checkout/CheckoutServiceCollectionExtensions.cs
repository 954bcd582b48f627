using Microsoft.Extensions.DependencyInjection;

namespace SmeOnboard.Core.Features.Checkout;

public static class CheckoutServiceCollectionExtensions
{
    /// <summary>
    /// Checkout, settlement and refunds. The host adds the <see cref="IPaymentGateway"/>: Stripe with a configured key,
    /// else the embedded sandbox; and the <see cref="Renewals.IRenewalCharger"/> and <see cref="Renewals.IRenewalNotifier"/>
    /// of subscription renewals.
    /// </summary>
    public static IServiceCollection AddCheckoutStores(this IServiceCollection services) => services
        .AddScoped<CheckoutStore>()
        .AddScoped<OrderSettlement>()
        .AddScoped<RefundStore>()
        .AddScoped<VoucherPriceStore>()
        .AddScoped<Renewals.SubscriptionStore>()
        .AddScoped<Renewals.SubscriptionRenewer>();
}
