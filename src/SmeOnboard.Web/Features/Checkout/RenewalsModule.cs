using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Checkout.Renewals;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Checkout;

/// <summary>
/// Subscription renewals (the card on file: Stripe off-session or the sandbox; the firm's emails; the renewal service;
/// the firm's subscriptions page) and what the Stripe card form needs: client secrets and the widened content policy.
/// </summary>
public static class RenewalsModule
{
    public static IServiceCollection AddRenewals(this IServiceCollection services)
    {
        services.AddOptions<RenewalOptions>().BindConfiguration(RenewalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<StripeRenewalCharger>();
        services.AddScoped<IRenewalCharger>(provider => provider.GetRequiredService<IOptions<CheckoutOptions>>().Value.UsesSandbox
            ? new SandboxRenewalCharger()
            : provider.GetRequiredService<StripeRenewalCharger>());
        services.AddScoped<IRenewalNotifier, RenewalEmails>();
        services.AddHttpClient<StripeClientSecrets>();
        services.AddSingleton<StripeContentSecurityPolicy>();
        services.AddHostedService<RenewalService>();
        return services.AddNavEntry(new NavEntry("/subscriptions", "Nav.Subscriptions", Filled.Autorenew, Policies.FirmAdmin, 44));
    }
}
