namespace SmeOnboard.Core.Features.Marketplace;

public enum CatalogueSort
{
    /// <summary>Name matches first, then vendor, then texts; without search words, by name.</summary>
    Relevance,
    Newest,
    PriceLowToHigh,
    PriceHighToLow,

    /// <summary>Highest average rating first, more reviews breaking ties; apps without reviews last.</summary>
    Rating,
}
