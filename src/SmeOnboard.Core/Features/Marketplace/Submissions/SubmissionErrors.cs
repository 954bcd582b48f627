using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Marketplace.Submissions;

/// <summary>The expected refusals of submission and review; codes are resource keys the pages translate.</summary>
public static class SubmissionErrors
{
    public static readonly FieldError VendorOnly = new("", "Errors.SubmissionVendorOnly", "Only a vendor's developers can submit apps.");
    public static readonly FieldError AdminOnly = new("", "Errors.SubmissionAdminOnly", "Only platform administrators review submissions.");
    public static readonly FieldError NotFound = new("", "Errors.SubmissionNotFound", "There is no such submission.");
    public static readonly FieldError Unreadable = new("manifest", "Errors.SubmissionUnreadable", "The manifest cannot be read; fix the problems listed and submit again.");
    public static readonly FieldError NotYourApp = new("id", "Errors.SubmissionNotYourApp", "This app id belongs to another vendor; choose another id.");
    public static readonly FieldError OtherApp = new("id", "Errors.SubmissionOtherApp", "A resubmission must keep the app id of the submission.");
    public static readonly FieldError VersionTaken = new("version", "Errors.SubmissionVersionTaken", "This version has already been submitted; raise the version.");
    public static readonly FieldError ChecksFailed = new("", "Errors.SubmissionChecksFailed", "The automated checks found problems; the draft is kept until they are fixed.");
    public static readonly FieldError CommentRequired = new("comment", "Errors.SubmissionCommentRequired", "Say what must change, or why.");
    public static readonly FieldError NotCurrent = new("", "Errors.SubmissionNotCurrent", "Only the app's current published version can be suspended or delisted.");
    public static readonly FieldError PublishRefused = new("version", "Errors.SubmissionPublishRefused", "The catalogue holds a newer version; this one cannot be published.");

    public static readonly FieldError Conflict = new("", "Errors.SubmissionConflict", "Someone else changed this submission meanwhile; reload it.");

    public static FieldError IllegalMove(SubmissionState from, SubmissionState to) =>
        new("", "Errors.SubmissionIllegalMove", $"A submission that is {from} cannot become {to}.");
}
