using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers;

public sealed class ProgrammeStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task An_officer_drafts_publishes_pauses_resumes_and_closes_a_programme(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var draft = (await portal.As<ProgrammeStore>(officer).CreateAsync(VoucherKit.Draft(portal), Ct)).Value;
        Assert.Equal((ProgrammeStatus.Draft, 1_000_000L, 1), (draft.Status, draft.BudgetMinor, draft.CurrentRevision));

        var states = new List<ProgrammeStatus>();
        foreach (var target in new[] { ProgrammeStatus.Published, ProgrammeStatus.Paused, ProgrammeStatus.Published, ProgrammeStatus.Closed })
        {
            states.Add((await portal.As<ProgrammeStore>(officer).ChangeStatusAsync(draft.Id, target, Ct)).Value.Status);
        }

        Assert.Equal([ProgrammeStatus.Published, ProgrammeStatus.Paused, ProgrammeStatus.Published, ProgrammeStatus.Closed], states);
        var actions = (await portal.As<AuditLog>(officer).ListForCurrentOrganisationAsync(10, Ct)).Select(e => e.Action).ToList();
        Assert.Contains("vouchers.programme-created", actions);
        Assert.Contains("vouchers.programme-paused", actions);
        Assert.Contains("vouchers.programme-closed", actions);
    }

    [Theory, BothDatabases]
    public async Task Moves_the_lifecycle_does_not_allow_are_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var draft = (await portal.As<ProgrammeStore>(officer).CreateAsync(VoucherKit.Draft(portal), Ct)).Value;

        var pauseDraft = await portal.As<ProgrammeStore>(officer).ChangeStatusAsync(draft.Id, ProgrammeStatus.Paused, Ct);
        await portal.As<ProgrammeStore>(officer).ChangeStatusAsync(draft.Id, ProgrammeStatus.Closed, Ct);
        var reopen = await portal.As<ProgrammeStore>(officer).ChangeStatusAsync(draft.Id, ProgrammeStatus.Published, Ct);
        var edit = await portal.As<ProgrammeStore>(officer).UpdateAsync(draft.Id, VoucherKit.Draft(portal), draft.Version + 1, Ct);

        Assert.Equal("Errors.Programme.IllegalTransition", Assert.Single(pauseDraft.Errors).Code);
        Assert.Equal("Errors.Programme.IllegalTransition", Assert.Single(reopen.Errors).Code);
        Assert.Equal("Errors.Programme.Closed", Assert.Single(edit.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task A_draft_is_edited_in_place_and_a_published_programme_gets_a_new_revision(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var store = portal.As<ProgrammeStore>(officer);
        var draft = (await store.CreateAsync(VoucherKit.Draft(portal), Ct)).Value;

        var edited = (await store.UpdateAsync(draft.Id, VoucherKit.Draft(portal, budgetMinor: 2_000_000), draft.Version, Ct)).Value;
        var published = (await store.ChangeStatusAsync(draft.Id, ProgrammeStatus.Published, Ct)).Value;
        var revised = (await store.UpdateAsync(draft.Id, VoucherKit.Draft(portal, capMinor: 50_000), published.Version, Ct)).Value;

        Assert.Equal((1, 2_000_000L), (edited.CurrentRevision, edited.BudgetMinor));
        Assert.Equal((2, 50_000L, 2_000_000L), (revised.CurrentRevision, revised.Rules.CapPerFirmMinor, revised.BudgetMinor));
        Assert.Equal([1, 2], (await store.ListRevisionsAsync(draft.Id, Ct)).Select(r => r.Revision));
    }

    [Theory, BothDatabases]
    public async Task A_voucher_keeps_the_revision_it_was_issued_under(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var programme = await VoucherKit.PublishedAsync(portal, officer);
        var early = await portal.RegisterFirmAsync();
        await portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programme.Id, new StringReader(early.Organisation.Id.ToString()), Ct);

        await portal.As<ProgrammeStore>(officer).UpdateAsync(programme.Id, VoucherKit.Draft(portal, capMinor: 50_000), programme.Version, Ct);
        var late = await portal.RegisterFirmAsync();
        await portal.As<ApplicationDecisions>(officer).IssueFromCsvAsync(programme.Id, new StringReader(late.Organisation.Id.ToString()), Ct);

        var earlyVoucher = Assert.Single(await portal.As<FirmVoucherStore>(early.Principal).ListVouchersAsync(Ct));
        var lateVoucher = Assert.Single(await portal.As<FirmVoucherStore>(late.Principal).ListVouchersAsync(Ct));
        Assert.Equal((1, 200_000L), (earlyVoucher.Voucher.Revision, earlyVoucher.Rules.CapPerFirmMinor));
        Assert.Equal((2, 50_000L), (lateVoucher.Voucher.Revision, lateVoucher.Voucher.FaceMinor));
    }

    [Theory, BothDatabases]
    public async Task A_top_up_is_its_own_budget_row_with_who_and_when(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var programme = await VoucherKit.PublishedAsync(portal, officer);

        var topped = await portal.As<ProgrammeStore>(officer).TopUpAsync(programme.Id, 500_000, "Second tranche", Ct);
        var refused = await portal.As<ProgrammeStore>(officer).TopUpAsync(programme.Id, 0, null, Ct);

        Assert.Equal(1_500_000L, topped.Value.BudgetMinor);
        Assert.Equal("Errors.Programme.TopUpPositive", Assert.Single(refused.Errors).Code);
        var entries = await portal.As<ProgrammeStore>(officer).ListBudgetEntriesAsync(programme.Id, Ct);
        Assert.Equal([("Initial", 1_000_000L), ("TopUp", 500_000L)], entries.Select(e => (e.Kind, e.AmountMinor)));
        Assert.Equal(portal.Clock.GetUtcNow(), entries[1].CreatedAt);
    }

    [Theory, BothDatabases]
    public async Task Invalid_programmes_are_refused_with_a_message_per_field(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var officer = await VoucherKit.OfficerAsync(portal);
        var valid = VoucherKit.Draft(portal);
        var invalid = new ProgrammeDraft
        {
            NameEn = "", NameZh = "数字化", OpensAt = valid.OpensAt, ClosesAt = valid.OpensAt.AddDays(-1), BudgetMinor = 0, Currency = "CNY",
            Rules = new ProgrammeRules { CoveragePercent = 101, CapPerFirmMinor = 0, ValidityDays = 30, ApprovedAppIds = ["no-such-app"] },
        };

        var result = await portal.As<ProgrammeStore>(officer).CreateAsync(invalid, Ct);

        Assert.Equal(
            ["Errors.Programme.BudgetPositive", "Errors.Programme.CapPositive", "Errors.Programme.CoverageRange", "Errors.Programme.NameEn",
             "Errors.Programme.UnknownApp", "Errors.Programme.WindowOrder"],
            result.Errors.Select(e => e.Code).Order());
    }

    [Theory, BothDatabases]
    public async Task Another_agencys_programme_is_not_found(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var owner = await VoucherKit.OfficerAsync(portal);
        var other = await VoucherKit.OfficerAsync(portal);
        var programme = await VoucherKit.PublishedAsync(portal, owner);

        Assert.Null(await portal.As<ProgrammeStore>(other).FindAsync(programme.Id, Ct));
        Assert.DoesNotContain(await portal.As<ProgrammeStore>(other).ListAsync(Ct), p => p.Id == programme.Id);
        Assert.Equal(ProgrammeStore.NotFound, Assert.Single((await portal.As<ProgrammeStore>(other).ChangeStatusAsync(programme.Id, ProgrammeStatus.Closed, Ct)).Errors));
        Assert.Equal(ProgrammeStore.NotFound, Assert.Single((await portal.As<ProgrammeStore>(other).TopUpAsync(programme.Id, 1, null, Ct)).Errors));
        var firm = await portal.RegisterFirmAsync();
        var csv = await portal.As<ApplicationDecisions>(other).IssueFromCsvAsync(programme.Id, new StringReader(firm.Organisation.Id.ToString()), Ct);
        Assert.Equal(ProgrammeStore.NotFound, Assert.Single(csv.Errors));
    }
}
