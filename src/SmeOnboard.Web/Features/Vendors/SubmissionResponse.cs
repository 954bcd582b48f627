using SmeOnboard.Core.Features.Marketplace.Submissions;

namespace SmeOnboard.Web.Features.Vendors;

/// <summary>A submission as the vendor API returns it: state, review kind and each automated check.</summary>
public sealed record SubmissionResponse(
    Guid Id, string AppId, string Version, string State, string ReviewKind, string? PreviousVersion, string? Comment,
    DateTimeOffset UpdatedAt, IReadOnlyList<SubmissionCheck> Checks)
{
    public static SubmissionResponse From(Submission s, IReadOnlyList<SubmissionCheck> checks) =>
        new(s.Id, s.AppId, s.Version, s.State.ToString(), s.ReviewKind.ToString(), s.PreviousVersion, s.Comment, s.UpdatedAt, checks);
}
