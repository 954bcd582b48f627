namespace SmeOnboard.Core.Features.Checkout;

/// <summary>What became of a payment event: applied, already seen (by its id), or of no consequence for any order.</summary>
public enum PaymentEventOutcome
{
    Applied,
    Duplicate,
    Ignored,
}
