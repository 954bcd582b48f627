using Stripe;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// Checks a webhook body against its Stripe-Signature header with Stripe.net (HMAC-SHA256 with the signing secret,
/// timestamps older than five minutes refused) and reduces a payment-intent event to what settlement needs.
/// </summary>
public static class WebhookVerifier
{
    public const long ToleranceSeconds = 300;

    /// <summary>The event, or null when it is well signed but not about a payment intent; a bad signature throws <see cref="StripeException"/>.</summary>
    public static PaymentEvent? Verify(string json, string signatureHeader, string secret)
    {
        // The sandbox and Stripe accounts pinned to another API version still send the fields read here.
        var stripeEvent = EventUtility.ConstructEvent(json, signatureHeader, secret, ToleranceSeconds, throwOnApiVersionMismatch: false);
        return stripeEvent.Data?.Object is PaymentIntent intent
            ? new PaymentEvent { EventId = stripeEvent.Id, Type = stripeEvent.Type, PaymentIntentId = intent.Id, AmountMinor = intent.Amount, Currency = intent.Currency }
            : null;
    }
}
