namespace SmeOnboard.Core.Features.Checkout;

/// <summary>The card payment provider: Stripe, or the embedded sandbox when no Stripe keys are configured.</summary>
public interface IPaymentGateway
{
    bool IsSandbox { get; }

    Task<PaymentStart> CreatePaymentAsync(PaymentRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels a payment whose order was released, so the card can no longer pay it.</summary>
    Task CancelAsync(string paymentIntentId, CancellationToken cancellationToken);

    /// <summary>Returns <paramref name="amountMinor"/> of the card payment; the answer is the provider's refund id.</summary>
    Task<string> RefundAsync(string paymentIntentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken);
}
