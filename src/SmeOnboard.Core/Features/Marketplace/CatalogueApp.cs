using System.Text.Json;
using SmeOnboard.Core.Features.Marketplace.Manifests;

namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>A marketplace_apps row: the current published version's searchable fields.</summary>
public sealed class CatalogueApp
{
    public const string Columns =
        "a.id, a.vendor_org_id, a.vendor_name, a.current_version, a.category, a.name_en, a.name_zh, a.tagline_en, a.tagline_zh, " +
        "a.pricing_model, a.price_minor, a.currency, a.voucher_eligible, a.first_published_at, a.published_at, a.listing, " +
        "a.rating_count, a.rating_sum";

    public string Id { get; init; } = "";
    public Guid VendorOrgId { get; init; }
    public string VendorName { get; init; } = "";
    public string CurrentVersion { get; init; } = "";
    public string Category { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string NameZh { get; init; } = "";
    public string TaglineEn { get; init; } = "";
    public string TaglineZh { get; init; } = "";
    public string PricingModel { get; init; } = "";
    public long PriceMinor { get; init; }
    public string Currency { get; init; } = "";
    public bool VoucherEligible { get; init; }
    public DateTimeOffset FirstPublishedAt { get; init; }
    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>Listed, or Suspended/Delisted by a reviewer: then it is out of the catalogue and cannot be installed.</summary>
    public string Listing { get; init; } = "Listed";

    public bool IsListed => Listing == "Listed";

    /// <summary>Number of firm reviews and the sum of their stars, kept with the app by the review store.</summary>
    public int RatingCount { get; init; }

    public long RatingSum { get; init; }

    public double? RatingAverage => RatingCount == 0 ? null : Math.Round((double)RatingSum / RatingCount, 1);

    /// <summary>The current version's manifest; only read for the app page.</summary>
    public string? Manifest { get; init; }

    public bool IsFree => PricingModel == PricingModels.Free;

    public string NameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;

    public string TaglineIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? TaglineZh : TaglineEn;

    public AppManifest ReadManifest() =>
        JsonSerializer.Deserialize<AppManifest>(Manifest ?? throw new InvalidOperationException("The manifest was not loaded."), ManifestValidator.Json)
        ?? throw new InvalidOperationException($"The stored manifest of {Id} is empty.");
}
