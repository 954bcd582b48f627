using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers;

public sealed class BulkIssueTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_csv_issues_to_eligible_firms_and_reports_why_not_for_every_other_line(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var programme = await VoucherKit.PublishedAsync(portal, officer);
        var eligible = await portal.RegisterFirmAsync();
        var holder = await portal.RegisterFirmAsync();
        await portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programme.Id, new StringReader(holder.Organisation.Id.ToString()), Ct);
        var elsewhere = await portal.CreateOrganisationAsync(OrganisationKind.Firm, new CompanyProfile { Name = TestProfiles.UniqueName("Firm"), Region = "CN-SH", IndustryCode = "C25", HeadcountBand = "10-49", TurnoverBand = "1M-10M" });
        var vendor = await portal.CreateOrganisationAsync(OrganisationKind.Vendor);
        var csv = $"""
            firm_id
            {eligible.Organisation.Id}
            {elsewhere.Id}
            {holder.Organisation.Id}
            {eligible.Organisation.Id}
            {vendor.Id}
            not-an-id
            """;

        var report = (await portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programme.Id, new StringReader(csv), Ct)).Value;

        Assert.Equal(
            [(2, IssueRefusal.None, false), (3, IssueRefusal.Ineligible, false), (4, IssueRefusal.AlreadyHasVoucher, false),
             (5, IssueRefusal.None, true), (6, IssueRefusal.UnknownFirm, false), (7, IssueRefusal.UnknownFirm, false)],
            report.Select(r => (r.Line, r.Refusal, r.Duplicate)));
        Assert.NotNull(report[0].VoucherCode);
        Assert.All(report.Skip(1), row => Assert.Null(row.VoucherCode));
        Assert.Contains("Shanghai", report[1].Detail, StringComparison.Ordinal);
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM vouchers WHERE firm_org_id = @Id", new { eligible.Organisation.Id }));
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM vouchers WHERE firm_org_id = @Id", new { elsewhere.Id }));
        Assert.Contains(portal.VoucherNotices.Sent, n => n.Notice.Kind == VoucherNoticeKind.Issued && n.Recipients.Contains(eligible.Admin.Email!));
    }

    [Theory, BothDatabases]
    public async Task A_csv_without_a_header_reads_the_first_column(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var programme = await VoucherKit.PublishedAsync(portal, officer);
        var firm = await portal.RegisterFirmAsync();

        var report = (await portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programme.Id, new StringReader($"{firm.Organisation.Id},Lianda\n"), Ct)).Value;

        Assert.True(Assert.Single(report).Issued);
    }

    [Theory, BothDatabases]
    public async Task An_empty_csv_and_a_paused_programme_issue_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var programme = await VoucherKit.PublishedAsync(portal, officer);
        await portal.As<ProgrammeStore>(officer).ChangeStatusAsync(programme.Id, ProgrammeStatus.Paused, Ct);
        var firm = await portal.RegisterFirmAsync();

        var empty = await portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programme.Id, new StringReader("firm_id\n"), Ct);
        var paused = await portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programme.Id, new StringReader(firm.Organisation.Id.ToString()), Ct);

        Assert.Equal("Errors.Vouchers.CsvEmpty", Assert.Single(empty.Errors).Code);
        Assert.Equal(IssueRefusal.NotPublished, Assert.Single(paused.Value).Refusal);
    }
}
