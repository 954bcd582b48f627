using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Vouchers.Claims;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Claims;

/// <summary>An officer approves less than was claimed, with a reason: that much is paid out, the rest goes back to the voucher.</summary>
public sealed class ClaimApprovalInPartTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Approving_part_of_a_claim_pays_out_that_part_and_returns_the_rest_to_the_voucher(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (officer, voucher, _, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);

        var approved = await portal.As<ClaimDecisions>(officer).ApproveInPartAsync(claim.Id, 30_000, "Only the licence is eligible, not the training day.", Ct);

        Assert.Equal((ClaimStatus.Approved, 50_000L, 30_000L, true), (approved.Value.Status, approved.Value.AmountMinor, approved.Value.ApprovedMinor, approved.Value.ApprovedInPart));
        Assert.Equal("Only the licence is eligible, not the training day.", approved.Value.DecisionReason);
        Assert.Equal(30_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherSpent, voucher.Id));
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, voucher.Id));
        Assert.Equal(200_000 - 30_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, voucher.Id));
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.FirmPayable, claim.FirmOrgId));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
        var notice = Assert.Single(portal.Notices().Sent).Notice;
        Assert.Equal((ClaimNoticeKind.Approved, "Only the licence is eligible, not the training day.", 30_000L), (notice.Kind, notice.Reason, notice.Claim.ApprovedMinor));
    }

    [Theory, BothDatabases]
    public async Task Approving_in_full_records_the_whole_claim_as_approved(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (officer, _, _, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);

        var approved = await portal.As<ClaimDecisions>(officer).ApproveAsync(claim.Id, Ct);

        Assert.Equal((50_000L, false), (approved.Value.ApprovedMinor, approved.Value.ApprovedInPart));
    }

    [Theory, BothDatabases]
    public async Task More_than_was_claimed_or_nothing_is_refused_and_the_claim_stays_filed(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (officer, voucher, _, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);
        var decisions = portal.As<ClaimDecisions>(officer);

        var tooMuch = await decisions.ApproveInPartAsync(claim.Id, 50_001, "Rounded up.", Ct);
        var nothing = await decisions.ApproveInPartAsync(claim.Id, 0, "Nothing eligible.", Ct);

        Assert.Equal("Errors.Claims.ApprovedAmount", Assert.Single(tooMuch.Errors).Code);
        Assert.Equal("Errors.Claims.ApprovedAmount", Assert.Single(nothing.Errors).Code);
        Assert.Equal(50_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, voucher.Id));
        Assert.Equal(ClaimStatus.Filed, Assert.Single(await portal.As<ClaimDecisions>(officer).ListQueueAsync(Ct), c => c.Id == claim.Id).Status);
    }

    [Theory, BothDatabases]
    public async Task Approving_part_without_a_reason_is_refused(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var (officer, voucher, _, claim) = await ClaimKit.FiledClaimAsync(portal, priceMinor: 100_000);

        var approved = await portal.As<ClaimDecisions>(officer).ApproveInPartAsync(claim.Id, 30_000, " ", Ct);

        Assert.Equal("Errors.Claims.PartReasonRequired", Assert.Single(approved.Errors).Code);
        Assert.Equal(50_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, voucher.Id));
    }
}
