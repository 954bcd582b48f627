namespace SmeOnboard.Core.Features.Checkout.RefundRequests;

/// <summary>A refund request's states: waiting for a platform administrator, approved (refunded), or declined.</summary>
public static class RefundRequestStatus
{
    public const string Requested = "Requested";
    public const string Approved = "Approved";
    public const string Declined = "Declined";
}
