namespace SmeOnboard.Web.Features.Marketplace;

/// <summary>The body of an install call: the data scopes the firm consents to (every scope the app asks for is needed).</summary>
public sealed record InstallRequest(IReadOnlyList<string> Scopes);
