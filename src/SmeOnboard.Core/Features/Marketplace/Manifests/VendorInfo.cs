namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>Who publishes the app; the catalogue files it under the vendor organisation of this name.</summary>
public sealed class VendorInfo
{
    public string Name { get; init; } = "";
    public string Website { get; init; } = "";
}
