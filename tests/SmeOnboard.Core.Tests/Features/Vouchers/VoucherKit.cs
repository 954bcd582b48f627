using System.Security.Claims;
using SmeOnboard.Core.Features.Onboarding;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers;

/// <summary>Officers, firms and programmes for the voucher tests.</summary>
internal static class VoucherKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ClaimsPrincipal> OfficerAsync(PortalHarness portal) =>
        Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Government), Roles.GovOfficer, name: "Officer");

    /// <summary>A valid draft for Suzhou metal-parts firms, open from an hour ago for 30 days.</summary>
    public static ProgrammeDraft Draft(PortalHarness portal, long budgetMinor = 1_000_000, long capMinor = 200_000, ProgrammeRules? rules = null) => new()
    {
        NameEn = "Digital first steps", NameZh = "数字化第一步", DescriptionEn = "Half the cost of a first app.", DescriptionZh = "首个应用费用减半。",
        OpensAt = portal.Clock.GetUtcNow().AddHours(-1), ClosesAt = portal.Clock.GetUtcNow().AddDays(30), BudgetMinor = budgetMinor, Currency = "CNY",
        Rules = rules ?? new ProgrammeRules
        {
            Regions = ["CN-JS-SZ"], IndustryCodes = ["C25"], CoveragePercent = 50, CapPerFirmMinor = capMinor, ValidityDays = 60,
            Categories = ["production", "quality"],
        },
    };

    public static async Task<VoucherProgramme> PublishedAsync(PortalHarness portal, ClaimsPrincipal officer, ProgrammeDraft? draft = null)
    {
        var created = await portal.As<ProgrammeStore>(officer).CreateAsync(draft ?? Draft(portal), Ct);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        return (await portal.As<ProgrammeStore>(officer).ChangeStatusAsync(created.Value.Id, ProgrammeStatus.Published, Ct)).Value;
    }

    /// <summary>The firm takes the self-assessment answering every question alike (0 gives level 1, 5 gives level 4).</summary>
    public static async Task AssessAsync(PortalHarness portal, ClaimsPrincipal firm, int answer)
    {
        var result = await portal.As<AssessmentStore>(firm).SaveForCurrentAsync(MaturityQuestions.All.ToDictionary(q => q.Id, _ => answer), Ct);
        Assert.True(result.Succeeded);
    }
}
