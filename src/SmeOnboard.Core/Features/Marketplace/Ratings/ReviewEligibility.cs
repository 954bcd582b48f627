namespace SmeOnboard.Core.Features.Marketplace.Ratings;

/// <summary>Whether the current firm may write a review of an app, may edit its own, or why not.</summary>
public sealed record ReviewEligibility(ReviewEligibilityState State, DateTimeOffset? From = null, FirmReview? Own = null);
