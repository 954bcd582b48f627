namespace SmeOnboard.Core.Features.Vendors;

/// <summary>The countries a vendor can be registered in (ISO 3166-1 alpha-2); names are resources Country.&lt;code&gt;.</summary>
public static class VendorCountries
{
    public static readonly IReadOnlyList<string> All = ["CN", "HK", "MO", "TW", "SG", "JP", "KR", "DE", "FR", "NL", "GB", "US"];
}
