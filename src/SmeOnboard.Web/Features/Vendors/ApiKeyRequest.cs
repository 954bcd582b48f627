namespace SmeOnboard.Web.Features.Vendors;

/// <summary>A new API key: a name to recognise it by and the scopes it may use.</summary>
public sealed record ApiKeyRequest(string Name, IReadOnlyList<string> Scopes);
