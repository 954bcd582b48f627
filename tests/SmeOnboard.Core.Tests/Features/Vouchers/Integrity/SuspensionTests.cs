using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Integrity;

public sealed class SuspensionTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Checkout_refuses_the_programmes_voucher_for_a_suspended_vendors_app_with_a_clear_reason(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        await portal.As<IntegrityStore>(scene.Officer).SuspendVendorAsync(scene.Programme.Id, scene.Vendor.Id, "Price pattern under review.", Ct);

        var placed = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(scene.AppId, code, CheckoutKit.Scopes, Ct);
        var withoutVoucher = await portal.As<CheckoutStore>(admin).QuoteAsync(scene.AppId, null, Ct);

        Assert.Equal("Errors.Checkout.VendorSuspended", Assert.Single(placed.Errors).Code);
        Assert.Contains("suspended", placed.Errors[0].Message, StringComparison.Ordinal);
        Assert.True(withoutVoucher.Succeeded);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM checkout_orders WHERE app_id = @AppId", new { scene.AppId }));
    }

    [Theory, BothDatabases]
    public async Task Lifting_the_suspension_lets_the_voucher_pay_again(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var integrity = portal.As<IntegrityStore>(scene.Officer);
        await integrity.SuspendVendorAsync(scene.Programme.Id, scene.Vendor.Id, "Under review.", Ct);

        var lifted = await integrity.UnsuspendVendorAsync(scene.Programme.Id, scene.Vendor.Id, Ct);
        var quote = await portal.As<CheckoutStore>(admin).QuoteAsync(scene.AppId, code, Ct);

        Assert.False(lifted.Value.IsSuspended);
        Assert.Equal(50_000, quote.Value.Split.ShareMinor);
    }

    [Theory, BothDatabases]
    public async Task Suspending_and_lifting_are_in_the_audit_log_of_the_agency_and_the_vendor(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var integrity = portal.As<IntegrityStore>(scene.Officer);

        await integrity.SuspendVendorAsync(scene.Programme.Id, scene.Vendor.Id, "Under review.", Ct);
        var twice = await integrity.SuspendVendorAsync(scene.Programme.Id, scene.Vendor.Id, "Under review.", Ct);
        await integrity.UnsuspendVendorAsync(scene.Programme.Id, scene.Vendor.Id, Ct);

        Assert.Equal("Errors.Integrity.AlreadySuspended", Assert.Single(twice.Errors).Code);
        foreach (var action in new[] { "vouchers.vendor-suspended", "vouchers.vendor-unsuspended" })
        {
            Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = @action AND entity_id = @id AND org_id = @vendor",
                new { action, id = scene.Programme.Id.ToString(), vendor = scene.Vendor.Id }));
            Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = @action AND entity_id = @id AND org_id = @agency",
                new { action, id = scene.Programme.Id.ToString(), agency = scene.Programme.OrgId }));
        }
    }

    [Theory, BothDatabases]
    public async Task An_unpaid_order_for_a_vendor_the_programme_suspends_is_released_and_its_share_returns_to_the_voucher(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        var placed = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(scene.AppId, code, CheckoutKit.Scopes, Ct);
        Assert.Equal(OrderStatuses.AwaitingPayment, placed.Value.Status);
        var settlement = portal.Anonymous<OrderSettlement>();
        await settlement.ReleaseLapsedAsync(Ct);
        Assert.Equal(OrderStatuses.AwaitingPayment, (await settlement.FindAsync(placed.Value.Id, Ct))!.Status);

        await portal.As<IntegrityStore>(scene.Officer).SuspendVendorAsync(scene.Programme.Id, scene.Vendor.Id, "Price pattern under review.", Ct);
        await settlement.ReleaseLapsedAsync(Ct);

        Assert.Equal(OrderStatuses.Released, (await settlement.FindAsync(placed.Value.Id, Ct))!.Status);
        Assert.Equal(200_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, placed.Value.VoucherId!.Value));
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'checkout.order-released' AND entity_id = @id AND summary LIKE '%suspended%'",
            new { id = placed.Value.Id.ToString() }));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }
}
