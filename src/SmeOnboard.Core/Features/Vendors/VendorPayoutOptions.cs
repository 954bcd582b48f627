namespace SmeOnboard.Core.Features.Vendors;

/// <summary>
/// Whether real Stripe Connect payouts are configured. Without a secret key (the embedded default) vendors get a
/// clearly labelled sandbox payout account instead.
/// </summary>
public sealed class VendorPayoutOptions
{
    public const string Section = "Stripe";

    public string? SecretKey { get; set; }

    public bool SandboxOnly => string.IsNullOrWhiteSpace(SecretKey);
}
