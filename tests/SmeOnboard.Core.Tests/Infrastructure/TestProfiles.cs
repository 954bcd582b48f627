using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vendors;
using SmeOnboard.Core.Tests.Identity;

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>Valid profiles and accounts with unique names and emails, so tests sharing the run's database never collide.</summary>
internal static class TestProfiles
{
    public static string UniqueName(string prefix = "Org") => $"{prefix} {Guid.NewGuid():N}";

    public static CompanyProfile Firm(string? name = null) => new()
    {
        Name = name ?? UniqueName("Firm"),
        Region = "CN-JS-SZ",
        IndustryCode = "C25",
        HeadcountBand = "10-49",
        TurnoverBand = "1M-10M",
    };

    public static CompanyProfile Vendor(string? name = null) => new()
    {
        Name = name ?? UniqueName("Vendor"),
        Region = "CN-SH",
        Website = "https://vendor.example",
    };

    /// <summary>A complete vendor profile on a domain of its own.</summary>
    public static VendorProfile VendorProfile() => new()
    {
        LegalName = UniqueName("Vendor Ltd"),
        Website = $"https://v{Guid.NewGuid():N}.example",
        SupportEmail = "support@vendor.example",
        Address = "88 Century Avenue, Shanghai",
        Country = "CN",
    };

    public static CompanyProfile Agency(string? name = null) => new()
    {
        Name = name ?? UniqueName("Agency"),
        Region = "CN-ZJ-NB",
    };

    public static NewAccount Account(string? email = null, string password = IdentityHarness.Password) =>
        new("Test Person", email ?? IdentityHarness.UniqueEmail(), password);
}
