using Microsoft.AspNetCore.Identity;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Members;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Features.Demo;

/// <summary>
/// The demo agency's published voucher programme, which the demo firm (Lianda: Suzhou, metal parts) is eligible for.
/// Created once, by the demo officer through the same store officers use, so it is audited like theirs.
/// </summary>
public sealed class DemoProgramme(IServiceScopeFactory scopes, UserManager<AppUser> users, MembershipStore memberships, OrganisationStore organisations, IDbConnectionFactory db, TimeProvider clock)
{
    public async Task SeedAsync()
    {
        if (await DemoActors.OfficerAsync(users, memberships, organisations) is not var (officer, agency)
            || await db.QuerySingleOrDefaultAsync<int>("SELECT 1 FROM voucher_programmes WHERE org_id = @Id LIMIT 1", new { agency.Id }, CancellationToken.None) == 1)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().Set(DemoActors.As(officer.Id, officer.DisplayName, Roles.GovOfficer, agency));
        var store = scope.ServiceProvider.GetRequiredService<ProgrammeStore>();
        var today = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var created = await store.CreateAsync(new ProgrammeDraft
        {
            NameEn = "Suzhou SME Digital Starter Voucher 2026",
            NameZh = "2026 年苏州市中小企业数字化起步服务券",
            DescriptionEn = "Half the cost of a first vetted production or quality app, up to CNY 20,000 per firm, for manufacturers in Suzhou.",
            DescriptionZh = "苏州市制造企业首次购买经审核的生产或质量类应用，补贴 50%，每家企业最高 2 万元。",
            OpensAt = today.AddDays(-7), ClosesAt = today.AddYears(1), BudgetMinor = 500_000_000, Currency = "CNY",
            Rules = new ProgrammeRules
            {
                Regions = ["CN-JS-SZ"], IndustryCodes = ["C24", "C25", "C28", "C29"], HeadcountBands = ["10-49", "50-99", "100-249"],
                CoveragePercent = 50, CoverageTiers = [new CoverageTier { HeadcountBand = "10-49", Percent = 60 }],
                CapPerFirmMinor = 2_000_000, PurchasesAllowed = 2, ValidityDays = 90, Categories = ["production", "quality", "maintenance"],
            },
        });
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo programme: {string.Join("; ", created.Errors.Select(e => e.Message))}");
        }
        await store.ChangeStatusAsync(created.Value.Id, ProgrammeStatus.Published);
    }
}
