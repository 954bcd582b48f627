using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>The verdict on one app folder: the manifest and its text when valid, else every problem found.</summary>
public sealed class ManifestValidation
{
    public required string Folder { get; init; }

    public AppManifest? Manifest { get; init; }

    /// <summary>The manifest exactly as read, stored with the version so the catalogue can show what was vetted.</summary>
    public string Json { get; init; } = "";

    public IReadOnlyList<ManifestProblem> Problems { get; init; } = [];

    public bool IsValid => Problems.Count == 0 && Manifest is not null;
}
