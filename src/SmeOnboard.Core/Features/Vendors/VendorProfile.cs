namespace SmeOnboard.Core.Features.Vendors;

/// <summary>What a vendor tells about itself for the marketplace; the form binds to it.</summary>
public sealed class VendorProfile
{
    public const int MaxLength = 200;

    public string LegalName { get; set; } = "";
    public string Website { get; set; } = "";
    public string SupportEmail { get; set; } = "";
    public string Address { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2, e.g. CN, DE, GB.</summary>
    public string Country { get; set; } = "";
}
