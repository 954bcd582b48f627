namespace SmeOnboard.Core.Features.Marketplace.Ratings;

/// <summary>A demo review with the install it rests on, for the demo seed.</summary>
public sealed record SeededReview(Guid FirmId, string AppId, DateTimeOffset InstalledAt, int Stars, string Author, string Body, string? Reply = null);
