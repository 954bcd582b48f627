using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Integrity;

public sealed class ClawbackTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Clawing_back_returns_exactly_the_remaining_balance_to_the_budget_and_the_ledger_still_balances(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal, priceMinor: 70_000, coveragePercent: 100);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var order = await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);
        var budgetBefore = await CheckoutKit.BalanceAsync(portal, LedgerAccount.ProgrammeBudget, scene.Programme.Id);

        var clawed = await portal.As<IntegrityStore>(scene.Officer).ClawBackAsync(scene.Programme.Id, order.VoucherId!.Value, "Firm and vendor share a director.", Ct);

        Assert.True(clawed.Succeeded);
        Assert.Equal((130_000L, 0L, 70_000L), (clawed.Value.ClawedBackMinor!.Value, clawed.Value.BalanceMinor, clawed.Value.SpentMinor));
        Assert.Equal(budgetBefore + 130_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.ProgrammeBudget, scene.Programme.Id));
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, order.VoucherId!.Value));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_clawed_back_voucher_is_refused_at_checkout_with_the_reason(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var voucher = Assert.Single(await portal.As<IntegrityStore>(scene.Officer).ListVouchersAsync(scene.Programme.Id, Ct));
        await portal.As<IntegrityStore>(scene.Officer).ClawBackAsync(scene.Programme.Id, voucher.Id, "Withdrawn.", Ct);

        var placed = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(scene.AppId, code, CheckoutKit.Scopes, Ct);

        Assert.Equal("Errors.Checkout.VoucherClawedBack", Assert.Single(placed.Errors).Code);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM checkout_orders WHERE voucher_id = @Id", new { voucher.Id }));
    }

    [Theory, BothDatabases]
    public async Task The_firm_sees_its_clawed_back_voucher_marked_as_withdrawn(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, _) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var voucher = Assert.Single(await portal.As<IntegrityStore>(scene.Officer).ListVouchersAsync(scene.Programme.Id, Ct));
        var before = Assert.Single(await portal.As<FirmVoucherStore>(admin).ListVouchersAsync(Ct));

        await portal.As<IntegrityStore>(scene.Officer).ClawBackAsync(scene.Programme.Id, voucher.Id, "Withdrawn.", Ct);

        Assert.False(before.ClawedBack);
        Assert.True(Assert.Single(await portal.As<FirmVoucherStore>(admin).ListVouchersAsync(Ct)).ClawedBack);
    }

    [Theory, BothDatabases]
    public async Task A_voucher_holding_a_share_for_an_unpaid_order_is_not_clawed_back_until_the_hold_is_released(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var order = await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);
        var integrity = portal.As<IntegrityStore>(scene.Officer);

        var refused = await integrity.ClawBackAsync(scene.Programme.Id, order.VoucherId!.Value, "Withdrawn.", Ct);
        await portal.Anonymous<OrderSettlement>().ReleaseAsync(order.Id, "test", Ct);
        var clawed = await integrity.ClawBackAsync(scene.Programme.Id, order.VoucherId!.Value, "Withdrawn.", Ct);

        Assert.Equal("Errors.Integrity.VoucherHeld", Assert.Single(refused.Errors).Code);
        Assert.Equal(200_000L, clawed.Value.ClawedBackMinor);
        Assert.Equal(0, await CheckoutKit.ProgrammeTotalAsync(portal, LedgerAccount.VoucherHold, scene.Programme.Id));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_voucher_is_clawed_back_once_and_both_the_agency_and_the_firm_find_it_in_their_audit_log(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (_, firm, _) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var integrity = portal.As<IntegrityStore>(scene.Officer);
        var voucher = Assert.Single(await integrity.ListVouchersAsync(scene.Programme.Id, Ct));

        await integrity.ClawBackAsync(scene.Programme.Id, voucher.Id, "Withdrawn.", Ct);
        var again = await integrity.ClawBackAsync(scene.Programme.Id, voucher.Id, "Withdrawn.", Ct);

        Assert.Equal("Errors.Integrity.AlreadyClawedBack", Assert.Single(again.Errors).Code);
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'vouchers.voucher-clawed-back' AND entity_id = @id AND org_id = @firm",
            new { id = voucher.Id.ToString(), firm = firm.Id }));
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'vouchers.voucher-clawed-back' AND entity_id = @id AND org_id = @agency",
            new { id = voucher.Id.ToString(), agency = scene.Programme.OrgId }));
    }
}
