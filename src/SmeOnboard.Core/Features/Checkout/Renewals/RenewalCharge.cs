namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>The outcome of charging the card on file: paid with the provider's payment id, or refused with the reason in plain words.</summary>
public sealed record RenewalCharge(string? PaymentIntentId, string? FailureReason)
{
    public bool Paid => FailureReason is null;

    public static RenewalCharge Succeeded(string paymentIntentId) => new(paymentIntentId, null);

    public static RenewalCharge Failed(string reason, string? paymentIntentId = null) => new(paymentIntentId, reason);
}
