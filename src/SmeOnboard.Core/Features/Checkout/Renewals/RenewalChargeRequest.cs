namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>What the card on file pays for one renewal order: a destination charge to the vendor with the platform's fee.</summary>
public sealed class RenewalChargeRequest
{
    public Guid OrderId { get; init; }
    public long AmountMinor { get; init; }
    public string Currency { get; init; } = "";
    public long ApplicationFeeMinor { get; init; }
    public string DestinationAccountId { get; init; } = "";

    /// <summary>The latest paid payment of the subscription; its customer and payment method are the card on file. Null: no card was ever used.</summary>
    public string? CardOnFilePaymentIntentId { get; init; }

    /// <summary>One key per renewal order, so a retry after a crash never charges twice.</summary>
    public string IdempotencyKey { get; init; } = "";
    public string Description { get; init; } = "";
}
