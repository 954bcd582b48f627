namespace SmeOnboard.Core.Features.Marketplace.Ratings;

/// <summary>An app's average rating (1–5) over its reviews; no average without reviews.</summary>
public sealed record RatingSummary(int Count, long Sum)
{
    public double? Average => Count == 0 ? null : Math.Round((double)Sum / Count, 1);
}
