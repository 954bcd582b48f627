namespace SmeOnboard.Core.Features.Checkout;

/// <summary>A payment created at the provider: its id, and the client secret the card form confirms it with.</summary>
public sealed record PaymentStart(string PaymentIntentId, string? ClientSecret);
