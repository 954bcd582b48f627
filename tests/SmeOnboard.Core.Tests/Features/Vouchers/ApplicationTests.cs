using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers;

public sealed class ApplicationTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_firm_sees_an_open_programme_it_is_eligible_for_and_applies(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var programme = await VoucherKit.PublishedAsync(portal, await VoucherKit.OfficerAsync(portal));
        var firm = await portal.RegisterFirmAsync();

        var offer = Assert.Single(await portal.As<FirmVoucherStore>(firm.Principal).ListOffersAsync(Ct), o => o.Programme.Id == programme.Id);
        var applied = await portal.As<FirmVoucherStore>(firm.Principal).ApplyAsync(programme.Id, "We want an MES.", Ct);

        Assert.True(offer.IsEligible);
        Assert.Equal(ApplicationStatus.Open, applied.Value.Status);
    }

    [Theory, BothDatabases]
    public async Task A_firm_sees_why_it_is_not_eligible_and_cannot_apply(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var rules = new ProgrammeRules { Regions = ["CN-GD-DG"], MinMaturityLevel = 3, CapPerFirmMinor = 100, Categories = ["quality"] };
        var programme = await VoucherKit.PublishedAsync(portal, await VoucherKit.OfficerAsync(portal), VoucherKit.Draft(portal, rules: rules));
        var firm = await portal.RegisterFirmAsync();
        await VoucherKit.AssessAsync(portal, firm.Principal, 0);

        var offer = Assert.Single(await portal.As<FirmVoucherStore>(firm.Principal).ListOffersAsync(Ct), o => o.Programme.Id == programme.Id);
        var applied = await portal.As<FirmVoucherStore>(firm.Principal).ApplyAsync(programme.Id, "", Ct);

        Assert.Equal(["Vouchers.Ineligible.Region", "Vouchers.Ineligible.Maturity"], offer.Reasons.Select(r => r.Code));
        Assert.Equal("Errors.Vouchers.NotEligible", Assert.Single(applied.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task A_firm_has_one_open_application_per_programme(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var programme = await VoucherKit.PublishedAsync(portal, await VoucherKit.OfficerAsync(portal));
        var firm = await portal.RegisterFirmAsync();
        await portal.As<FirmVoucherStore>(firm.Principal).ApplyAsync(programme.Id, "first", Ct);

        var again = await portal.As<FirmVoucherStore>(firm.Principal).ApplyAsync(programme.Id, "second", Ct);

        Assert.Equal("Errors.Vouchers.AlreadyApplied", Assert.Single(again.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task Drafts_paused_and_closed_window_programmes_take_no_applications(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var draft = (await portal.As<ProgrammeStore>(officer).CreateAsync(VoucherKit.Draft(portal), Ct)).Value;
        var paused = await VoucherKit.PublishedAsync(portal, officer);
        await portal.As<ProgrammeStore>(officer).ChangeStatusAsync(paused.Id, ProgrammeStatus.Paused, Ct);
        var firm = await portal.RegisterFirmAsync();
        var open = await VoucherKit.PublishedAsync(portal, officer);
        portal.Clock.Advance(TimeSpan.FromDays(31));

        foreach (var id in new[] { draft.Id, paused.Id, open.Id })
        {
            var applied = await portal.As<FirmVoucherStore>(firm.Principal).ApplyAsync(id, "", Ct);
            Assert.Equal("Errors.Vouchers.ProgrammeNotOpen", Assert.Single(applied.Errors).Code);
        }
    }

    [Theory, BothDatabases]
    public async Task A_firm_member_cannot_apply(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var programme = await VoucherKit.PublishedAsync(portal, await VoucherKit.OfficerAsync(portal));
        var firm = await portal.RegisterFirmAsync();

        var applied = await portal.As<FirmVoucherStore>(Actors.MemberOf(firm.Organisation, Roles.FirmMember)).ApplyAsync(programme.Id, "", Ct);

        Assert.Equal("Errors.Vouchers.FirmAdminOnly", Assert.Single(applied.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task Approving_issues_a_voucher_worth_the_cap_and_emails_the_firm(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var programme = await VoucherKit.PublishedAsync(portal, officer);
        var firm = await portal.RegisterFirmAsync();
        var application = (await portal.As<FirmVoucherStore>(firm.Principal).ApplyAsync(programme.Id, "note", Ct)).Value;

        var outcome = Assert.Single(await portal.As<ApplicationDecisions>(officer).ApproveAsync([application.Id], Ct));

        Assert.True(outcome.Succeeded);
        var voucher = Assert.Single(await portal.As<FirmVoucherStore>(firm.Principal).ListVouchersAsync(Ct)).Voucher;
        Assert.Equal((200_000L, 200_000L, "CNY"), (voucher.FaceMinor, voucher.BalanceMinor, voucher.Currency));
        Assert.Equal(portal.Clock.GetUtcNow().AddDays(60), voucher.ExpiresAt);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", voucher.Code);
        var (notice, recipients) = Assert.Single(portal.VoucherNotices.Sent, n => n.Recipients.Contains(firm.Admin.Email!));
        Assert.Equal((VoucherNoticeKind.Approved, voucher.Code), (notice.Kind, notice.Voucher!.Code));
        Assert.Contains(await portal.As<AuditLog>(firm.Principal).ListForCurrentOrganisationAsync(10, Ct), e => e.Action == "vouchers.voucher-received");
        Assert.Contains(await portal.As<AuditLog>(officer).ListForCurrentOrganisationAsync(10, Ct), e => e.Action == "vouchers.application-approved");
    }

    [Theory, BothDatabases]
    public async Task Rejecting_needs_a_reason_which_the_firm_is_told(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var programme = await VoucherKit.PublishedAsync(portal, officer);
        var firm = await portal.RegisterFirmAsync();
        var application = (await portal.As<FirmVoucherStore>(firm.Principal).ApplyAsync(programme.Id, "", Ct)).Value;

        var withoutReason = Assert.Single(await portal.As<ApplicationDecisions>(officer).RejectAsync([application.Id], " ", Ct));
        var rejected = Assert.Single(await portal.As<ApplicationDecisions>(officer).RejectAsync([application.Id], "Budget is for first-time buyers.", Ct));

        Assert.Equal("Errors.Vouchers.RejectReason", withoutReason.Error!.Code);
        Assert.True(rejected.Succeeded);
        var offer = Assert.Single(await portal.As<FirmVoucherStore>(firm.Principal).ListOffersAsync(Ct), o => o.Programme.Id == programme.Id);
        Assert.Equal((ApplicationStatus.Rejected, "Budget is for first-time buyers."), (offer.LatestApplication!.Status, offer.LatestApplication.DecisionReason));
        Assert.Contains(portal.VoucherNotices.Sent, n => n.Notice.Kind == VoucherNoticeKind.Rejected && n.Recipients.Contains(firm.Admin.Email!));
    }

    [Theory, BothDatabases]
    public async Task Bulk_approval_decides_each_and_leaves_those_it_cannot_issue_open(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var programme = await VoucherKit.PublishedAsync(portal, officer, VoucherKit.Draft(portal, budgetMinor: 300_000, capMinor: 200_000));
        var firms = new List<Registered>();
        var applications = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var firm = await portal.RegisterFirmAsync();
            firms.Add(firm);
            applications.Add((await portal.As<FirmVoucherStore>(firm.Principal).ApplyAsync(programme.Id, "", Ct)).Value.Id);
        }

        var outcomes = await portal.As<ApplicationDecisions>(officer).ApproveAsync(applications, Ct);

        Assert.Equal([200_000L, 100_000L], outcomes.Where(o => o.Succeeded).Select(o => o.Voucher!.FaceMinor));
        Assert.Equal("Errors.Vouchers.BudgetExhausted", outcomes[2].Error!.Code);
        var open = await portal.As<ApplicationDecisions>(officer).ListAsync(new ApplicationQuery { ProgrammeId = programme.Id, Status = ApplicationStatus.Open }, Ct);
        Assert.Equal(applications[2], Assert.Single(open).Application.Id);
    }

    [Theory, BothDatabases]
    public async Task The_queue_filters_by_firm_name_and_shows_only_the_agencys_own_applications(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var programme = await VoucherKit.PublishedAsync(portal, officer);
        var firm = await portal.RegisterFirmAsync();
        await portal.As<FirmVoucherStore>(firm.Principal).ApplyAsync(programme.Id, "", Ct);

        var byName = await portal.As<ApplicationDecisions>(officer).ListAsync(new ApplicationQuery { FirmName = firm.Organisation.Name[5..15].ToUpperInvariant() }, Ct);
        var otherAgency = await portal.As<ApplicationDecisions>(await VoucherKit.OfficerAsync(portal)).ListAsync(new ApplicationQuery(), Ct);

        Assert.Equal(firm.Organisation.Id, Assert.Single(byName).Application.FirmOrgId);
        Assert.Empty(otherAgency);
    }

    [Theory, BothDatabases]
    public async Task Two_officers_approving_one_application_at_once_issue_one_voucher(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var rules = new ProgrammeRules { OneActiveVoucherPerFirm = false, CapPerFirmMinor = 100_000, Categories = ["quality"] };
        var programme = await VoucherKit.PublishedAsync(portal, officer, VoucherKit.Draft(portal, rules: rules));
        var firm = await portal.RegisterFirmAsync();
        var application = (await portal.As<FirmVoucherStore>(firm.Principal).ApplyAsync(programme.Id, "", Ct)).Value;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            portal.As<ApplicationDecisions>(officer).ApproveAsync([application.Id], Ct), Ct)));

        Assert.Equal(1, outcomes.Count(o => Assert.Single(o).Succeeded));
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM vouchers WHERE firm_org_id = @Id", new { firm.Organisation.Id }));
    }
}
