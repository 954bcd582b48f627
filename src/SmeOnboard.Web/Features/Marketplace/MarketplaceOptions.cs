using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Web.Features.Marketplace;

/// <summary>Where the vetted app manifests are (relative to the repository root) and whether the portal loads them on start.</summary>
public sealed class MarketplaceOptions
{
    public const string Section = "Marketplace";

    [Required]
    public string CatalogueFolder { get; set; } = "marketplace";

    public bool LoadOnStart { get; set; } = true;
}
