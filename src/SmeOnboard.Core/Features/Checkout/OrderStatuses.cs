namespace SmeOnboard.Core.Features.Checkout;

/// <summary>An order's states: waiting for the card, paid (installed), or released (failed or expired; the hold returned).</summary>
public static class OrderStatuses
{
    public const string AwaitingPayment = "AwaitingPayment";
    public const string Paid = "Paid";
    public const string Released = "Released";
}
