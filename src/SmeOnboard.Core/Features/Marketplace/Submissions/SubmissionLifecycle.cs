namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>
/// The allowed moves of a submission (docs/shared DOMAIN "App marketplace vetting"). Kept as a table, not spread over
/// the store, so the page, the API and the tests agree on one answer.
/// </summary>
public static class SubmissionLifecycle
{
    private static readonly Dictionary<SubmissionState, SubmissionState[]> Moves = new()
    {
        [SubmissionState.Draft] = [SubmissionState.Submitted],
        [SubmissionState.Submitted] = [SubmissionState.InReview],
        [SubmissionState.InReview] = [SubmissionState.ChangesRequested, SubmissionState.Rejected, SubmissionState.Approved],
        // Changes are made by resubmitting a corrected manifest, which is checked again like a first submit.
        [SubmissionState.ChangesRequested] = [SubmissionState.Submitted],
        [SubmissionState.Rejected] = [],
        [SubmissionState.Approved] = [SubmissionState.Published],
        [SubmissionState.Published] = [SubmissionState.Suspended, SubmissionState.Delisted],
        // A suspension is lifted by publishing again, or ends in delisting.
        [SubmissionState.Suspended] = [SubmissionState.Published, SubmissionState.Delisted],
        [SubmissionState.Delisted] = [],
    };

    public static bool CanMove(SubmissionState from, SubmissionState to) => Moves[from].Contains(to);

    public static IReadOnlyList<SubmissionState> NextStates(SubmissionState from) => Moves[from];

    /// <summary>States in which the vendor may replace the manifest and submit it (again).</summary>
    public static bool VendorMayEdit(SubmissionState state) => state is SubmissionState.Draft or SubmissionState.ChangesRequested;
}
