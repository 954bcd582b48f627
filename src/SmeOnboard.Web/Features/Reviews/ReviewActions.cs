using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Marketplace.Submissions;

namespace SmeOnboard.Web.Features.Reviews;

/// <summary>Maps a decision's name to the review move, so the page and the API offer the same choices.</summary>
public static class ReviewActions
{
    public const string Start = "start";
    public const string Approve = "approve";
    public const string RequestChanges = "request-changes";
    public const string Reject = "reject";
    public const string Suspend = "suspend";
    public const string Reinstate = "reinstate";
    public const string Delist = "delist";

    public static Task<Result<Submission>> ApplyAsync(SubmissionStore store, Guid id, string decision, string? comment, CancellationToken cancellationToken) =>
        decision switch
        {
            Start => store.StartReviewAsync(id, cancellationToken),
            Approve => store.ApproveAsync(id, comment, cancellationToken),
            RequestChanges => store.RequestChangesAsync(id, comment ?? "", cancellationToken),
            Reject => store.RejectAsync(id, comment ?? "", cancellationToken),
            Suspend => store.SuspendAsync(id, comment ?? "", cancellationToken),
            Reinstate => store.ReinstateAsync(id, cancellationToken),
            Delist => store.DelistAsync(id, comment ?? "", cancellationToken),
            _ => Task.FromResult(Result<Submission>.Failure(
                new FieldError("decision", "Errors.ReviewUnknownDecision", $"\"{decision}\" is not a decision; use {string.Join(", ", All)}."))),
        };

    public static readonly IReadOnlyList<string> All = [Start, Approve, RequestChanges, Reject, Suspend, Reinstate, Delist];

    /// <summary>The decisions open from a state, in the order the page shows them.</summary>
    public static IReadOnlyList<string> From(SubmissionState state) => state switch
    {
        SubmissionState.Submitted => [Start],
        SubmissionState.InReview => [Approve, RequestChanges, Reject],
        SubmissionState.Published => [Suspend, Delist],
        SubmissionState.Suspended => [Reinstate, Delist],
        _ => [],
    };

    /// <summary>Decisions that must say why.</summary>
    public static bool NeedsComment(string decision) => decision is RequestChanges or Reject or Suspend or Delist;
}
