namespace SmeOnboard.Core.Features.Marketplace.Ratings;

/// <summary>A review of one of the vendor's apps, with the app's names, for the vendor dashboard.</summary>
public sealed record VendorReviewItem(FirmReview Review, string AppNameEn, string AppNameZh)
{
    public string AppNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? AppNameZh : AppNameEn;
}
