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
        // The other vendors of the shipped marketplace apps (marketplace/*/app.json name them exactly so).
        Vendor("Jiangnan Equipment Software Co., Ltd.", "CN-JS-SZ", "https://jiangnan-equip.example", "liu.yang@jiangnan-equip.example", "Liu Yang"),
        Vendor("QualiStat Analytics", "CN-ZJ-NB", "https://qualistat.example", "sun.hui@qualistat.example", "Sun Hui"),
        Vendor("GreenVolt Energy Technology", "CN-GD-DG", "https://greenvolt.example", "he.ming@greenvolt.example", "He Ming"),
        Vendor("Hangxin Industrial Connect", "CN-JS-WX", "https://hangxin-connect.example", "zhao.lei@hangxin-connect.example", "Zhao Lei"),
        Vendor("Yunpiao Finance Cloud", "CN-SH", "https://yunpiao.example", "xu.fang@yunpiao.example", "Xu Fang"),
        Vendor("SkillBridge Learning", "CN-GD-FS", "https://skillbridge.example", "anna.berg@skillbridge.example", "Anna Berg"),
        new(OrganisationKind.Government,
            new CompanyProfile { Name = "Suzhou Bureau of Industry and Information Technology", Region = "CN-JS-SZ" },
            [new(OfficerEmail, "Zhou Min", Roles.GovOfficer)]),
        new(OrganisationKind.Platform,
            new CompanyProfile { Name = "SmeOnboard Platform", Region = "OTHER" },
            [new(PlatformAdminEmail, "Platform Admin", Roles.PlatformAdmin)]),
    ];

    private static DemoOrganisation Vendor(string name, string region, string website, string email, string developer) =>
        new(OrganisationKind.Vendor, new CompanyProfile { Name = name, Region = region, Website = website },
            [new(email, developer, Roles.VendorDeveloper)]);
}

public sealed record DemoOrganisation(OrganisationKind Kind, CompanyProfile Profile, IReadOnlyList<DemoPerson> People);

public sealed record DemoPerson(string Email, string DisplayName, string Role);
