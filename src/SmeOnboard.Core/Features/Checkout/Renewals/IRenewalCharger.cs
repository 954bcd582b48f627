namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>Charges a renewal to the card on file without the firm present: Stripe off-session, or the embedded sandbox.</summary>
public interface IRenewalCharger
{
    Task<RenewalCharge> ChargeAsync(RenewalChargeRequest request, CancellationToken cancellationToken);
}
