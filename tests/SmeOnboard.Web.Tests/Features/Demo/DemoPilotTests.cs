using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Reports;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Demo;

/// <summary>The demo bureau's pilot: an officer who signs in for the first time finds a programme at work on its dashboard.</summary>
public sealed class DemoPilotTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_pilots_dashboard_shows_three_vouchers_each_spent_on_half_of_an_app_and_nothing_left_held()
    {
        var report = await portal.ActAsAsync(DemoAccounts.OfficerEmail, async services =>
        {
            var pilot = (await services.GetRequiredService<ProgrammeStore>().ListAsync(Cancel)).Single(p => p.NameEn == DemoPilot.NameEn);
            return (await services.GetRequiredService<ProgrammeReportStore>().ReadAsync(pilot.Id, Cancel))!;
        });

        Assert.Equal((3, 3), (report.Funnel.Issued, report.Funnel.Redeemed));
        // Half of CNY 4,800.00, 299.00 and 99.00 (the pilot's three apps), held by no unpaid order.
        Assert.Equal((259_900L, 0L), (report.Budget.SpentMinor, report.Budget.HeldMinor));
        Assert.Equal(["energy", "maintenance", "production"], report.ByCategory.Select(c => c.Key).Order());
        Assert.Equal(3, report.BySize.Count);
    }

    [Fact]
    public async Task Lianda_sees_the_pilot_as_not_for_its_industry_so_its_own_voucher_journey_starts_clean()
    {
        var offers = await portal.ActAsAsync(DemoAccounts.FirmAdminEmail, services => services.GetRequiredService<FirmVoucherStore>().ListOffersAsync(Cancel));

        var pilot = Assert.Single(offers, o => o.Programme.NameEn == DemoPilot.NameEn);
        Assert.False(pilot.IsEligible);
        Assert.Contains(offers, o => o.Programme.NameEn != DemoPilot.NameEn && o.IsEligible);
    }
}
