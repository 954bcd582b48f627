namespace SmeOnboard.Core.Features.Marketplace.ApiKeys;

/// <summary>Who a valid key speaks for: the key, its vendor organisation and that organisation's name.</summary>
public sealed record ApiKeyCaller(VendorApiKey Key, string VendorName);
