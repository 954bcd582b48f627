namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>Where the app keeps the firm's data: a region code and a plain description.</summary>
public sealed class DataStorage
{
    public string Region { get; init; } = "";
    public LocalizedText Location { get; init; } = new();
}
