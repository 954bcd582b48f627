namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>A submission with its stored check results and, when there is one, the published version it replaces.</summary>
public sealed record SubmissionDetails(Submission Submission, IReadOnlyList<SubmissionCheck> Checks, string? PreviousManifest);
