namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>Where a submitted app version stands; <see cref="SubmissionLifecycle"/> says which moves are allowed.</summary>
public enum SubmissionState
{
    Draft,
    Submitted,
    InReview,
    ChangesRequested,
    Rejected,
    Approved,
    Published,
    Suspended,
    Delisted,
}
