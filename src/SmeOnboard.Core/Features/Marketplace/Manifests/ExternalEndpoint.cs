namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>A service outside the portal the app sends data to, and what for.</summary>
public sealed class ExternalEndpoint
{
    public string Url { get; init; } = "";
    public LocalizedText Purpose { get; init; } = new();
}
