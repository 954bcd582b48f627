using System.Text.Json;
using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>A marketplace_submissions row: one app version on its way through review.</summary>
public sealed class Submission
{
    public const string Columns =
        "s.id, s.vendor_org_id, s.app_id, s.version, s.state, s.review_kind, s.previous_version, s.manifest, s.comment, s.created_at, s.updated_at";

    public Guid Id { get; init; }
    public Guid VendorOrgId { get; init; }
    public string AppId { get; init; } = "";
    public string Version { get; init; } = "";
    public SubmissionState State { get; init; }
    public ReviewKind ReviewKind { get; init; }

    /// <summary>The version published when this one was submitted; the review diffs against it. Null for a new app.</summary>
    public string? PreviousVersion { get; init; }

    public string Manifest { get; init; } = "";

    /// <summary>The reviewer's last comment or reason, shown to the vendor.</summary>
    public string? Comment { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public AppManifest ReadManifest() =>
        JsonSerializer.Deserialize<AppManifest>(Manifest, ManifestValidator.Json)
        ?? throw new InvalidOperationException($"The stored manifest of submission {Id} is empty.");
}
