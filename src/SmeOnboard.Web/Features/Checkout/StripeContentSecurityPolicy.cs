using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Checkout;

namespace SmeOnboard.Web.Features.Checkout;

/// <summary>
/// With Stripe keys configured, the content security policy lets the card form work: Stripe.js from js.stripe.com,
/// its iframes (card fields, 3-D Secure) and its API calls. In every page, not only the order page, because Blazor
/// navigates inside the first document and keeps that document's policy. With the sandbox nothing is widened.
/// </summary>
public sealed class StripeContentSecurityPolicy(IOptions<CheckoutOptions> options)
{
    public const string ScriptSources = "https://js.stripe.com https://*.js.stripe.com";
    public const string FrameSources = "frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com; ";

    public string Apply(string policy) => options.Value.UsesSandbox
        ? policy
        : FrameSources + policy
            .Replace("script-src 'self'", $"script-src 'self' {ScriptSources}", StringComparison.Ordinal)
            .Replace("connect-src 'self'", "connect-src 'self' https://api.stripe.com", StringComparison.Ordinal)
            .Replace("img-src 'self'", "img-src 'self' https://*.stripe.com", StringComparison.Ordinal);
}
