namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// The embedded payment sandbox used without Stripe keys: payments are ids that the sandbox card page settles by
/// posting a signed webhook event to the same endpoint Stripe would; refunds are recorded with a sandbox id.
/// </summary>
public sealed class SandboxPaymentGateway : IPaymentGateway
{
    public const string IntentPrefix = "pi_sandbox_";

    public bool IsSandbox => true;

    public Task<PaymentStart> CreatePaymentAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PaymentStart($"{IntentPrefix}{request.OrderId:N}", null));

    /// <summary>A sandbox payment of a released order is simply never paid: the card page offers no form for it.</summary>
    public Task CancelAsync(string paymentIntentId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string> RefundAsync(string paymentIntentId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult($"re_sandbox_{Guid.CreateVersion7():N}");
}
