namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>One page of search results and how many apps match in all.</summary>
public sealed record CataloguePage(IReadOnlyList<CatalogueApp> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
