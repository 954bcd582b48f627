namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>A catalogue search: words, filters, order and page. Unset filters do not narrow.</summary>
public sealed class CatalogueQuery
{
    public const int MaxPageSize = 60;

    /// <summary>Matched against the names, taglines, descriptions (both languages) and the vendor.</summary>
    public string? Text { get; init; }
    public string? Category { get; init; }
    public string? Industry { get; init; }
    public int? MaturityLevel { get; init; }
    public bool VoucherEligibleOnly { get; init; }
    public bool FreeOnly { get; init; }
    public long? MinPriceMinor { get; init; }
    public long? MaxPriceMinor { get; init; }
    public CatalogueSort Sort { get; init; } = CatalogueSort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 12;
}
