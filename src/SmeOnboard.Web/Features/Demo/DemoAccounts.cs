using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;

namespace SmeOnboard.Web.Features.Demo;

/// <summary>The demo organisations and people; the README lists the same accounts.</summary>
public static class DemoAccounts
{
    public const string FirmAdminEmail = "wang.li@lianda-metal.example";
    public const string FirmMemberEmail = "chen.jie@lianda-metal.example";
    public const string VendorEmail = "maya@shopfloor-cloud.example";
    public const string OfficerEmail = "zhou.min@suzhou-gov.example";
    public const string PlatformAdminEmail = "admin@smeonboard.example";

    public static readonly IReadOnlyList<DemoOrganisation> Organisations =
    [
        new(OrganisationKind.Firm,
            new CompanyProfile
            {
                Name = "Lianda Precision Metal Parts",
                Region = "CN-JS-SZ",
                IndustryCode = "C25",
                HeadcountBand = "50-99",
                TurnoverBand = "10M-50M",
            },
            [new(FirmAdminEmail, "Wang Li", Roles.FirmAdmin), new(FirmMemberEmail, "Chen Jie", Roles.FirmMember)]),
        new(OrganisationKind.Vendor,
            new CompanyProfile { Name = "Shopfloor Cloud Ltd", Region = "CN-SH", Website = "https://shopfloor-cloud.example" },
            [new(VendorEmail, "Maya Singh", Roles.VendorDeveloper)]),
        new(OrganisationKind.Government,
            new CompanyProfile { Name = "Suzhou Bureau of Industry and Information Technology", Region = "CN-JS-SZ" },
            [new(OfficerEmail, "Zhou Min", Roles.GovOfficer)]),
        new(OrganisationKind.Platform,
            new CompanyProfile { Name = "SmeOnboard Platform", Region = "OTHER" },
            [new(PlatformAdminEmail, "Platform Admin", Roles.PlatformAdmin)]),
    ];
}

public sealed record DemoOrganisation(OrganisationKind Kind, CompanyProfile Profile, IReadOnlyList<DemoPerson> People);

public sealed record DemoPerson(string Email, string DisplayName, string Role);
