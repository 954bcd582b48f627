namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// Checkout settings (section "Stripe", shared with vendor payouts). Without a secret key the embedded payment
/// sandbox takes Stripe's place and signs its webhook events with <see cref="SandboxWebhookSecret"/>.
/// </summary>
public sealed class CheckoutOptions
{
    public const string Section = "Stripe";

    public string? SecretKey { get; set; }

    /// <summary>The publishable key (pk_…) the checkout page's Stripe.js card form uses; needed with a secret key.</summary>
    public string? PublishableKey { get; set; }

    /// <summary>The endpoint's signing secret (whsec_…) that Stripe signs webhook events with.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the Stripe API is; tests point it at a local fake.</summary>
    public string ApiBase { get; set; } = "https://api.stripe.com";

    /// <summary>The platform's fee on each sale, in hundredths of a percent of the price (1000 = 10 %).</summary>
    public int PlatformFeeBasisPoints { get; set; } = 1000;

    /// <summary>How long a voucher share stays held for an order waiting for card payment.</summary>
    public int HoldMinutes { get; set; } = 30;

    public string SandboxWebhookSecret { get; set; } = "whsec_smeonboard_sandbox";

    public bool UsesSandbox => string.IsNullOrWhiteSpace(SecretKey);

    /// <summary>The secret webhook signatures are checked with: the sandbox's or the configured one.</summary>
    public string SigningSecret => UsesSandbox ? SandboxWebhookSecret : WebhookSecret ?? "";

    /// <summary>The fee on <paramref name="priceMinor"/>, rounded down; never more than what the card pays.</summary>
    public long FeeFor(long priceMinor) => (long)((Int128)priceMinor * PlatformFeeBasisPoints / 10_000);
}
