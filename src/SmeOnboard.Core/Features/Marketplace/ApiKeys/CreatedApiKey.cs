namespace SmeOnboard.Core.Features.Marketplace.ApiKeys;

/// <summary>A new key and its secret; the secret is returned this once and never stored.</summary>
public sealed record CreatedApiKey(VendorApiKey Key, string Secret);
