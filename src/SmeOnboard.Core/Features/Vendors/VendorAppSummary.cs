using SmeOnboard.Core.Features.Marketplace.Submissions;

namespace SmeOnboard.Core.Features.Vendors;

/// <summary>One of the vendor's apps: its catalogue listing (if published), its latest submission, installs and rating.</summary>
public sealed class VendorAppSummary
{
    public string AppId { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string NameZh { get; init; } = "";

    /// <summary>Listed, Suspended or Delisted; null while the app was never published.</summary>
    public string? Listing { get; init; }

    public string? PublishedVersion { get; init; }
    public string? LatestVersion { get; init; }
    public SubmissionState? LatestState { get; init; }
    public int ActiveInstalls { get; init; }
    public int RatingCount { get; init; }
    public long RatingSum { get; init; }

    public double? RatingAverage => RatingCount == 0 ? null : Math.Round((double)RatingSum / RatingCount, 1);

    public string NameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;
}
