using System.Globalization;
using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Marketplace.Ratings;

/// <summary>The expected refusals of reviews and replies; codes are resource keys the pages translate.</summary>
public static class FirmReviewErrors
{
    public static readonly FieldError FirmsOnly = new("", "Errors.ReviewFirmsOnly", "Only firms that use an app can review it.");
    public static readonly FieldError NotInstalled = new("", "Errors.ReviewNotInstalled", "Your firm can review this app once it has installed it and used it for 7 days.");
    public static readonly FieldError AlreadyReviewed = new("", "Errors.ReviewAlreadyWritten", "Your firm has reviewed this app already; edit that review instead.");
    public static readonly FieldError NoReviewYet = new("", "Errors.ReviewNoneToEdit", "Your firm has not reviewed this app yet.");
    public static readonly FieldError StarsOutOfRange = new("stars", "Errors.ReviewStars", "Choose from 1 to 5 stars.");
    public static readonly FieldError BodyRequired = new("body", "Errors.ReviewBodyRequired", "Write a few words about your experience.");
    public static readonly FieldError BodyTooLong = new("body", "Errors.ReviewBodyTooLong", $"A review is at most {FirmReviewRules.MaxBodyLength} characters.");
    public static readonly FieldError NotFound = new("", "Errors.ReviewNotFound", "There is no such review of your apps.");
    public static readonly FieldError AlreadyReplied = new("", "Errors.ReviewAlreadyReplied", "You have replied to this review already; a review gets one reply.");
    public static readonly FieldError ReplyRequired = new("reply", "Errors.ReviewReplyRequired", "Write your reply.");
    public static readonly FieldError ReplyTooLong = new("reply", "Errors.ReviewReplyTooLong", $"A reply is at most {FirmReviewRules.MaxReplyLength} characters.");
    public static readonly FieldError VendorsOnly = new("", "Errors.ReviewVendorsOnly", "Only the app's vendor can reply to its reviews.");

    /// <summary>The message carries the date in ISO form; pages format it in the reader's language.</summary>
    public static FieldError TooEarly(DateTimeOffset from) =>
        new("", "Errors.ReviewTooEarly", $"You can review this app from {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
}
