namespace SmeOnboard.Core.Features.Checkout;

/// <summary>What the card pays for one order: a destination charge to the vendor with the platform's fee.</summary>
public sealed class PaymentRequest
{
    public Guid OrderId { get; init; }
    public long AmountMinor { get; init; }
    public string Currency { get; init; } = "";
    public long ApplicationFeeMinor { get; init; }
    public string DestinationAccountId { get; init; } = "";

    /// <summary>One key per order attempt, so a retried request never creates a second charge.</summary>
    public string IdempotencyKey { get; init; } = "";
    public string Description { get; init; } = "";

    /// <summary>A monthly or yearly app: the card is saved with a customer for off-session renewals.</summary>
    public bool SaveCardForRenewals { get; init; }
}
