namespace SmeOnboard.Web.Features.Checkout;

/// <summary>The answer to a verified webhook: what became of the event (Applied, Duplicate or Ignored).</summary>
public sealed record WebhookReceipt(string Outcome);
