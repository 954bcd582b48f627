using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Claims;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Claims;

public sealed class ClaimStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Checkout_takes_nothing_off_with_a_reimbursement_voucher_so_the_firm_pays_in_full(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await ClaimKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, voucher) = await ClaimKit.FirmWithVoucherAsync(portal, officer, programme.Id);

        var withVoucher = await portal.As<CheckoutStore>(admin).QuoteAsync(app, voucher.Code, Ct);
        var without = await portal.As<CheckoutStore>(admin).QuoteAsync(app, null, Ct);

        Assert.Equal("Errors.Checkout.ReimbursementMode", Assert.Single(withVoucher.Errors).Code);
        Assert.Equal((100_000L, 0L), (without.Value.Split.RemainderMinor, without.Value.Split.ShareMinor));
    }

    [Theory, BothDatabases]
    public async Task Filing_a_claim_holds_exactly_the_coverage_share_of_what_the_firm_paid(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (_, voucher, order, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 12_345);

        Assert.Equal((ClaimStatus.Filed, 6_172L, order.Id), (claim.Status, claim.AmountMinor, claim.OrderId));
        Assert.Equal(200_000 - 6_172, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, voucher.Id));
        Assert.Equal(6_172, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, voucher.Id));
        Assert.Equal(["application/pdf", "image/png"], claim.Evidence.Select(e => e.ContentType));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task Approving_a_claim_spends_the_hold_and_records_its_payout_as_a_transfer(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (officer, voucher, _, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);

        var approved = await portal.As<ClaimDecisions>(officer).ApproveAsync(claim.Id, Ct);

        Assert.Equal(ClaimStatus.Approved, approved.Value.Status);
        Assert.Matches("^TRF-[0-9]{8}-[0-9A-F]{8}$", approved.Value.TransferReference);
        Assert.Equal((0L, 50_000L), (await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, voucher.Id), await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherSpent, voucher.Id)));
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.FirmPayable, claim.FirmOrgId));
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.ClaimReceivable, claim.Id));
        Assert.Equal(1, await portal.CountAsync(
            "SELECT COUNT(*) FROM ledger_transactions WHERE kind = 'ClaimTransferred' AND order_id = @OrderId AND memo LIKE @memo",
            new { claim.OrderId, memo = $"Transfer {approved.Value.TransferReference}%" }));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
        var notice = Assert.Single(portal.Notices().Sent);
        Assert.Equal((ClaimNoticeKind.Approved, approved.Value.TransferReference), (notice.Notice.Kind, notice.Notice.TransferReference));
    }

    [Theory, BothDatabases]
    public async Task Rejecting_a_claim_with_a_reason_releases_its_hold_to_the_voucher(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (officer, voucher, _, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);

        var rejected = await portal.As<ClaimDecisions>(officer).RejectAsync(claim.Id, "The invoice names another firm.", Ct);

        Assert.Equal((ClaimStatus.Rejected, "The invoice names another firm."), (rejected.Value.Status, rejected.Value.DecisionReason));
        Assert.Equal(200_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, voucher.Id));
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, voucher.Id));
        Assert.Equal("The invoice names another firm.", Assert.Single(portal.Notices().Sent).Notice.Reason);
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_rejection_without_a_reason_is_refused_and_the_claim_stays_filed(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (officer, voucher, _, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);

        var rejected = await portal.As<ClaimDecisions>(officer).RejectAsync(claim.Id, "  ", Ct);

        Assert.Equal("Errors.Claims.ReasonRequired", Assert.Single(rejected.Errors).Code);
        Assert.Equal(50_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, voucher.Id));
    }

    [Theory, BothDatabases]
    public async Task An_officer_of_another_agency_finds_no_such_claim(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (_, _, _, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);
        var stranger = await VoucherKit.OfficerAsync(portal);

        var approved = await portal.As<ClaimDecisions>(stranger).ApproveAsync(claim.Id, Ct);

        Assert.Equal("Errors.Claims.NotFound", Assert.Single(approved.Errors).Code);
        Assert.Empty(await portal.As<ClaimDecisions>(stranger).ListQueueAsync(Ct));
        Assert.Null(await portal.As<ClaimStore>(stranger).FindEvidenceAsync(claim.Id, claim.Evidence[0].Id, Ct));
    }

    [Theory, BothDatabases]
    public async Task The_officer_sees_the_claim_in_the_queue_and_reads_its_evidence(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (officer, _, _, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);

        var queued = Assert.Single(await portal.As<ClaimDecisions>(officer).ListQueueAsync(Ct));
        var invoice = await portal.As<ClaimStore>(officer).FindEvidenceAsync(claim.Id, queued.Evidence[0].Id, Ct);

        Assert.Equal((claim.Id, 2), (queued.Id, queued.Evidence.Count));
        Assert.Equal(("invoice.pdf", "application/pdf"), (invoice!.FileName, invoice.ContentType));
        Assert.Equal(ClaimKit.Pdf, invoice.Content);
    }

    [Theory, BothDatabases]
    public async Task A_claim_on_another_firms_order_is_refused_with_nothing_held(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await ClaimKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (other, _, _) = await ClaimKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var othersOrder = await ClaimKit.PaidOrderAsync(portal, other, app);
        var (admin, _, voucher) = await ClaimKit.FirmWithVoucherAsync(portal, officer, programme.Id);

        var filed = await portal.As<ClaimStore>(admin).FileAsync(othersOrder.Id, voucher.Id, "", ClaimKit.Evidence(), Ct);

        Assert.Equal("Errors.Claims.OrderNotFound", Assert.Single(filed.Errors).Code);
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, voucher.Id));
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM voucher_claims WHERE order_id = @Id", new { othersOrder.Id }));
    }

    [Theory, BothDatabases]
    public async Task Evidence_that_is_not_a_pdf_jpeg_or_png_or_is_too_large_is_refused_with_its_name(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await ClaimKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, voucher) = await ClaimKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var order = await ClaimKit.PaidOrderAsync(portal, admin, app);
        var script = "<script>alert(1)</script>"u8.ToArray();

        var filed = await portal.As<ClaimStore>(admin).FileAsync(order.Id, voucher.Id, "", [
            new EvidenceUpload { Kind = EvidenceKinds.Invoice, FileName = "invoice.pdf", Length = script.Length, Content = script },
            new EvidenceUpload { Kind = EvidenceKinds.ProofOfUse, FileName = "video.png", Length = 6 * 1024 * 1024 },
        ], Ct);

        Assert.Equal(
            ["invoice.pdf is not a PDF, JPEG or PNG file.", "video.png is larger than the 5 MB a file may have."],
            filed.Errors.Select(e => e.Message));
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM voucher_claims WHERE order_id = @Id", new { order.Id }));
    }

    [Theory, BothDatabases]
    public async Task A_second_claim_for_the_same_order_is_refused(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (_, voucher, order, _) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);
        var admin = Actors.MemberOf(new Organisation { Id = order.FirmOrgId, Kind = OrganisationKind.Firm, Name = "Firm" });

        var again = await portal.As<ClaimStore>(admin).FileAsync(order.Id, voucher.Id, "", ClaimKit.Evidence(), Ct);

        Assert.Equal("Errors.Claims.AlreadyClaimed", Assert.Single(again.Errors).Code);
        Assert.Equal(50_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, voucher.Id));
    }

    [Theory, BothDatabases]
    public async Task An_upfront_voucher_cannot_be_claimed_back(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await ClaimKit.ProgrammeAsync(portal, 1_000_000, 200_000, RedemptionMode.Upfront);
        var (admin, _, voucher) = await ClaimKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var order = await ClaimKit.PaidOrderAsync(portal, admin, app);

        var filed = await portal.As<ClaimStore>(admin).FileAsync(order.Id, voucher.Id, "", ClaimKit.Evidence(), Ct);

        Assert.Equal("Errors.Claims.UpfrontMode", Assert.Single(filed.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task A_voucher_with_a_claim_waiting_for_the_officer_is_clawed_back_only_after_the_decision_and_then_in_full(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (officer, voucher, _, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);
        var integrity = portal.As<IntegrityStore>(officer);

        var refused = await integrity.ClawBackAsync(voucher.ProgrammeId, voucher.Id, "Shared director.", Ct);
        await portal.As<ClaimDecisions>(officer).RejectAsync(claim.Id, "No proof of use.", Ct);
        var clawed = await integrity.ClawBackAsync(voucher.ProgrammeId, voucher.Id, "Shared director.", Ct);

        Assert.Equal("Errors.Integrity.VoucherHeld", Assert.Single(refused.Errors).Code);
        Assert.Equal(200_000L, clawed.Value.ClawedBackMinor);
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, voucher.Id));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_platform_admin_cannot_refund_an_order_while_a_reimbursement_claim_on_it_is_open(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (_, _, order, _) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);
        var admin = Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Platform), Roles.PlatformAdmin, Guid.NewGuid());

        var refused = await portal.As<RefundStore>(admin).RefundAsync(order.Id, 100_000, 0, "The firm changed its mind.", Ct);

        Assert.Equal("Errors.Checkout.RefundClaimed", Assert.Single(refused.Errors).Code);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM checkout_refunds WHERE order_id = @Id", new { order.Id }));
    }
}
