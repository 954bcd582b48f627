namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>A data scope the app asks for, and why it needs it (shown to the firm before it consents).</summary>
public sealed class ScopeRequest
{
    public string Scope { get; init; } = "";
    public LocalizedText Reason { get; init; } = new();
}
