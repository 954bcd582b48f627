using System.Text.Json;
using System.Text.Json.Nodes;
using Stripe;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>The sandbox's payment events, shaped as Stripe's payment_intent.succeeded and payment_intent.payment_failed.</summary>
public static class SandboxEvents
{
    public static string PaymentIntentEvent(CheckoutOrder order, string? declineCode, DateTimeOffset at)
    {
        var intent = new JsonObject
        {
            ["id"] = order.PaymentIntentId, ["object"] = "payment_intent", ["amount"] = order.RemainderMinor, ["currency"] = order.Currency.ToLowerInvariant(),
            ["application_fee_amount"] = order.FeeMinor, ["status"] = declineCode is null ? "succeeded" : "requires_payment_method", ["livemode"] = false,
            ["metadata"] = new JsonObject { ["order_id"] = order.Id.ToString() },
            ["transfer_data"] = new JsonObject { ["destination"] = order.PayoutAccountId },
        };
        if (declineCode is not null)
        {
            intent["last_payment_error"] = new JsonObject { ["type"] = "card_error", ["code"] = "card_declined", ["decline_code"] = declineCode };
        }
        var stripeEvent = new JsonObject
        {
            ["id"] = $"evt_sandbox_{Guid.CreateVersion7():N}", ["object"] = "event", ["api_version"] = StripeConfiguration.ApiVersion,
            ["created"] = at.ToUnixTimeSeconds(), ["livemode"] = false, ["pending_webhooks"] = 1,
            ["type"] = declineCode is null ? PaymentEvent.Succeeded : PaymentEvent.Failed,
            ["data"] = new JsonObject { ["object"] = intent },
        };
        return stripeEvent.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
