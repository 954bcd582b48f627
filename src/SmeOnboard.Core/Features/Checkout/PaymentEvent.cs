namespace SmeOnboard.Core.Features.Checkout;

/// <summary>A verified payment event, reduced to what settlement needs.</summary>
public sealed class PaymentEvent
{
    public const string Succeeded = "payment_intent.succeeded";
    public const string Failed = "payment_intent.payment_failed";

    public string EventId { get; init; } = "";
    public string Type { get; init; } = "";
    public string PaymentIntentId { get; init; } = "";
    public long AmountMinor { get; init; }
    public string Currency { get; init; } = "";
}
