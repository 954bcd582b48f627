namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>A firm is told that a subscription's renewal could not be paid and the subscription is past due.</summary>
public sealed record RenewalNotice(string AppNameEn, string AppNameZh, long AmountMinor, string Currency, string Reason);
