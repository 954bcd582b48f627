using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers.Reports;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Reports;

/// <summary>The report of the <see cref="ReportKit"/> programme, every figure worked out by hand from its history.</summary>
public sealed class ProgrammeReportStoreTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task Budget_held_spent_and_remaining_come_from_the_ledger_to_the_minor_unit(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var seeded = await ReportKit.SeedAsync(portal);

        var budget = (await ReportKit.ReadAsync(portal, seeded.Officer, seeded.Programme.Id))!.Budget;

        // Spent: F1 500.00 + 300.00 − 200.00 refunded to the voucher, F2 300.00. Held: F5's unpaid MES order.
        Assert.Equal((1_000_000L, 50_000L, 90_000L, 860_000L), (budget.BudgetMinor, budget.HeldMinor, budget.SpentMinor, budget.RemainingMinor));
        // Four vouchers of 2,000.00 were issued; what they have not spent or held stays on them.
        Assert.Equal((660_000L, 200_000L), (budget.OnVouchersMinor, budget.UnallocatedMinor));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task The_funnel_counts_applications_decisions_vouchers_redemptions_and_unspent_expiries(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var seeded = await ReportKit.SeedAsync(portal);

        var funnel = (await ReportKit.ReadAsync(portal, seeded.Officer, seeded.Programme.Id))!.Funnel;

        // F1 and F2 redeemed (their vouchers expired too, but spent); F4's expired unspent; F5's is new and only held.
        Assert.Equal((3, 2, 1, 4, 2, 1), (funnel.Applications, funnel.Approved, funnel.Rejected, funnel.Issued, funnel.Redeemed, funnel.Expired));
    }

    [Theory, BothDatabases]
    public async Task The_average_grant_is_spending_per_redeemed_voucher_and_coverage_is_voucher_money_over_paid_prices(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var seeded = await ReportKit.SeedAsync(portal);

        var report = (await ReportKit.ReadAsync(portal, seeded.Officer, seeded.Programme.Id))!;

        // 900.00 over two vouchers; 900.00 of 1,000.00 + (600.00 − 250.00 refunded) + 600.00 = 1,950.00 is 46.15 %.
        Assert.Equal(45_000, report.AverageGrantMinor);
        Assert.Equal(46.2m, report.AverageCoveragePercent);
    }

    [Theory, BothDatabases]
    public async Task Firms_reached_are_counted_by_region_industry_and_size_with_those_that_spent(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var seeded = await ReportKit.SeedAsync(portal);

        var report = (await ReportKit.ReadAsync(portal, seeded.Officer, seeded.Programme.Id))!;

        Assert.Equal([("CN-JS-SZ", 2, 1), ("CN-JS-WX", 1, 1), ("CN-ZJ-NB", 1, 0)], report.ByRegion.Select(b => (b.Code, b.Firms, b.Redeemed)));
        Assert.Equal([("C25", 2, 1), ("C28", 2, 1)], report.ByIndustry.Select(b => (b.Code, b.Firms, b.Redeemed)));
        Assert.Equal([("50-99", 2, 1), ("10-49", 1, 1), ("5-9", 1, 0)], report.BySize.Select(b => (b.Code, b.Firms, b.Redeemed)));
    }

    [Theory, BothDatabases]
    public async Task Spending_is_split_by_app_category_and_by_vendor_after_refunds(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var seeded = await ReportKit.SeedAsync(portal);

        var report = (await ReportKit.ReadAsync(portal, seeded.Officer, seeded.Programme.Id))!;

        Assert.Equal([("production", 1, 50_000L), ("quality", 2, 40_000L)], report.ByCategory.Select(b => (b.Key, b.Orders, b.SpentMinor)));
        Assert.Equal([(seeded.MesVendor.ToString(), 1, 50_000L), (seeded.SpcVendor.ToString(), 2, 40_000L)],
            report.ByVendor.Select(b => (b.Key, b.Orders, b.SpentMinor)));
        Assert.All(report.ByVendor, b => Assert.StartsWith("Vendor ", b.Name, StringComparison.Ordinal));
    }

    [Theory, BothDatabases]
    public async Task Maturity_uplift_compares_the_level_at_issue_with_the_latest_of_firms_reassessed_since(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var seeded = await ReportKit.SeedAsync(portal);

        var uplift = (await ReportKit.ReadAsync(portal, seeded.Officer, seeded.Programme.Id))!.Uplift;

        // F1 went from level 1 to 4, F2 stayed at 1; nobody else took the assessment twice.
        Assert.Equal((2, 1, 1, 0), (uplift.Firms, uplift.Improved, uplift.Unchanged, uplift.Declined));
        Assert.Equal((1.00m, 2.50m), (uplift.AverageBefore, uplift.AverageAfter));
        Assert.Equal([(1, 2, 1), (2, 0, 0), (3, 0, 0), (4, 0, 1)], uplift.Levels.Select(l => (l.Level, l.Before, l.After)));
    }

    [Theory, BothDatabases]
    public async Task A_new_programme_reports_zeros_and_no_averages_or_uplift(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 500_000, 100_000);

        var report = (await ReportKit.ReadAsync(portal, officer, programme.Id))!;

        Assert.Equal((500_000L, 0L, 0L, 500_000L), (report.Budget.BudgetMinor, report.Budget.HeldMinor, report.Budget.SpentMinor, report.Budget.RemainingMinor));
        Assert.Equal((0, 0), (report.Funnel.Issued, report.Uplift.Firms));
        Assert.Null(report.AverageGrantMinor);
        Assert.Null(report.AverageCoveragePercent);
    }

    [Theory, BothDatabases]
    public async Task Another_agencys_officer_finds_no_report_of_the_programme(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var (_, programme) = await CheckoutKit.ProgrammeAsync(portal, 500_000, 100_000);
        var stranger = await VoucherKit.OfficerAsync(portal);

        Assert.Null(await ReportKit.ReadAsync(portal, stranger, programme.Id));
    }

    [Theory, BothDatabases]
    public async Task Only_government_officers_read_reports(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var (_, programme) = await CheckoutKit.ProgrammeAsync(portal, 500_000, 100_000);
        var firm = Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Firm), Roles.FirmAdmin);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ReportKit.ReadAsync(portal, firm, programme.Id));
    }

    private Task<PortalHarness> StartAsync(DatabaseProvider provider) =>
        PortalHarness.StartAsync(databases, provider, services => services.AddProgrammeReports());
}
