using System.Text.Json;
using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>A submission with its stored check results and, when there is one, the published version it replaces.</summary>
public sealed record SubmissionDetails(Submission Submission, IReadOnlyList<SubmissionCheck> Checks, string? PreviousManifest)
{
    /// <summary>What the reviewer compares: the published manifest against the submitted one.</summary>
    public ManifestDiff Diff() => ManifestDiff.Between(
        PreviousManifest is null ? null : JsonSerializer.Deserialize<AppManifest>(PreviousManifest, ManifestValidator.Json), Submission.ReadManifest());
}
