using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>The pricing models that renew, named as the app manifest names them.</summary>
public static class SubscriptionPeriods
{
    public const string Monthly = PricingModels.Monthly;
    public const string Yearly = PricingModels.Yearly;

    public static bool Renews(string pricingModel) => pricingModel is Monthly or Yearly;
}
