namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>A subscription renews while Active; a failed renewal makes it PastDue; the firm's cancellation ends it.</summary>
public static class SubscriptionStatuses
{
    public const string Active = "Active";
    public const string PastDue = "PastDue";
    public const string Cancelled = "Cancelled";
}
