using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vendors;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Checkout;

public sealed class CheckoutStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_firm_sees_the_price_the_voucher_share_and_the_remainder_before_paying(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 12_345);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000, coveragePercent: 50);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);

        var quote = (await portal.As<CheckoutStore>(admin).QuoteAsync(app, code, Ct)).Value;

        Assert.Equal((12_345L, 6_172L, 6_173L, "CNY"), (quote.Split.PriceMinor, quote.Split.ShareMinor, quote.Split.RemainderMinor, quote.Split.Currency));
        Assert.Equal(CheckoutKit.Scopes, quote.Scopes);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM checkout_orders WHERE app_id = @app", new { app }));
    }

    [Theory, BothDatabases]
    public async Task A_fully_covered_order_needs_no_card_and_installs_the_app_at_once(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 50_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000, coveragePercent: 100);
        var (admin, firm, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);

        var order = (await portal.As<CheckoutStore>(admin).PlaceOrderAsync(app, code, CheckoutKit.Scopes, Ct)).Value;

        Assert.Equal((OrderStatuses.Paid, 50_000L, 0L, (string?)null), (order.Status, order.ShareMinor, order.RemainderMinor, order.PaymentIntentId));
        var install = Assert.Single(await portal.As<AppInstallStore>(admin).ListActiveForCurrentAsync(Ct));
        Assert.Equal(app, install.AppId);
        Assert.Equal(CheckoutKit.Scopes, install.ActiveScopes);
        Assert.Equal(150_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, order.VoucherId!.Value));
        Assert.Equal(50_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherSpent, order.VoucherId!.Value));
        Assert.Equal(-50_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VendorPayable, order.VendorOrgId));
        Assert.Equal(firm.Id, order.FirmOrgId);
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task Placing_an_order_holds_the_voucher_share_until_the_card_pays(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);

        var order = (await portal.As<CheckoutStore>(admin).PlaceOrderAsync(app, code, CheckoutKit.Scopes, Ct)).Value;

        Assert.Equal((OrderStatuses.AwaitingPayment, 50_000L, 50_000L, 10_000L), (order.Status, order.ShareMinor, order.RemainderMinor, order.FeeMinor));
        Assert.StartsWith(SandboxPaymentGateway.IntentPrefix, order.PaymentIntentId, StringComparison.Ordinal);
        Assert.Equal(150_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, order.VoucherId!.Value));
        Assert.Equal(50_000, await CheckoutKit.ProgrammeTotalAsync(portal, LedgerAccount.VoucherHold, programme.Id));
        Assert.Empty(await portal.As<AppInstallStore>(admin).ListActiveForCurrentAsync(Ct));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_successful_payment_commits_the_hold_pays_the_vendor_and_installs_the_app(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (admin, order) = await AwaitingOrderAsync(portal);

        var outcome = await portal.Anonymous<OrderSettlement>().ApplyAsync(Succeeded(order), Ct);

        Assert.Equal(PaymentEventOutcome.Applied, outcome);
        Assert.Equal(OrderStatuses.Paid, (await portal.Anonymous<OrderSettlement>().FindAsync(order.Id, Ct))!.Status);
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, order.VoucherId!.Value));
        Assert.Equal(50_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherSpent, order.VoucherId!.Value));
        Assert.Equal(-90_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VendorPayable, order.VendorOrgId));
        Assert.Equal(CheckoutKit.Scopes, Assert.Single(await portal.As<AppInstallStore>(admin).ListActiveForCurrentAsync(Ct)).ActiveScopes.ToArray());
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_failed_payment_releases_the_hold_back_to_the_voucher(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (admin, order) = await AwaitingOrderAsync(portal);

        await portal.Anonymous<OrderSettlement>().ApplyAsync(Event(order, PaymentEvent.Failed), Ct);

        Assert.Equal(OrderStatuses.Released, (await portal.Anonymous<OrderSettlement>().FindAsync(order.Id, Ct))!.Status);
        Assert.Equal(200_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, order.VoucherId!.Value));
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherHold, order.VoucherId!.Value));
        Assert.Empty(await portal.As<AppInstallStore>(admin).ListActiveForCurrentAsync(Ct));
    }

    [Theory, BothDatabases]
    public async Task A_replayed_event_and_a_failure_after_success_change_nothing(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, order) = await AwaitingOrderAsync(portal);
        var succeeded = Succeeded(order);
        await portal.Anonymous<OrderSettlement>().ApplyAsync(succeeded, Ct);
        const string OrderEntries = "SELECT COUNT(*) FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id WHERE t.order_id = @Id";
        var entries = await portal.CountAsync(OrderEntries, new { order.Id });

        var replayed = await portal.Anonymous<OrderSettlement>().ApplyAsync(succeeded, Ct);
        var lateFailure = await portal.Anonymous<OrderSettlement>().ApplyAsync(Event(order, PaymentEvent.Failed), Ct);

        Assert.Equal((PaymentEventOutcome.Duplicate, PaymentEventOutcome.Ignored), (replayed, lateFailure));
        Assert.Equal(entries, await portal.CountAsync(OrderEntries, new { order.Id }));
        Assert.Equal(OrderStatuses.Paid, (await portal.Anonymous<OrderSettlement>().FindAsync(order.Id, Ct))!.Status);
    }

    [Theory, BothDatabases]
    public async Task A_payment_of_another_amount_than_the_remainder_is_not_taken_as_payment(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, order) = await AwaitingOrderAsync(portal);

        var outcome = await portal.Anonymous<OrderSettlement>().ApplyAsync(new PaymentEvent
        {
            EventId = $"evt_{Guid.NewGuid():N}", Type = PaymentEvent.Succeeded, PaymentIntentId = order.PaymentIntentId!, AmountMinor = 1, Currency = "cny",
        }, Ct);

        Assert.Equal(PaymentEventOutcome.Ignored, outcome);
        Assert.Equal(OrderStatuses.AwaitingPayment, (await portal.Anonymous<OrderSettlement>().FindAsync(order.Id, Ct))!.Status);
    }

    [Theory, BothDatabases]
    public async Task An_order_unpaid_for_thirty_minutes_releases_its_hold(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, order) = await AwaitingOrderAsync(portal);
        await portal.Anonymous<OrderSettlement>().ReleaseLapsedAsync(Ct);
        Assert.Equal(OrderStatuses.AwaitingPayment, (await portal.Anonymous<OrderSettlement>().FindAsync(order.Id, Ct))!.Status);

        // Its hold runs out; moving the shared clock instead would expire the orders of tests running alongside.
        await using (var connection = await portal.Database.Connections.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("UPDATE checkout_orders SET expires_at = @at WHERE id = @Id", new { at = portal.Clock.GetUtcNow().AddMinutes(-1), order.Id });
        }
        await portal.Anonymous<OrderSettlement>().ReleaseLapsedAsync(Ct);

        Assert.Equal(OrderStatuses.Released, (await portal.Anonymous<OrderSettlement>().FindAsync(order.Id, Ct))!.Status);
        Assert.Equal(200_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, order.VoucherId!.Value));
    }

    [Theory, BothDatabases]
    public async Task A_partial_refund_returns_the_card_part_and_restores_the_voucher_share(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, order) = await AwaitingOrderAsync(portal);
        await portal.Anonymous<OrderSettlement>().ApplyAsync(Succeeded(order), Ct);
        var admin = Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Platform), Roles.PlatformAdmin, Guid.NewGuid());

        var refunded = await portal.As<RefundStore>(admin).RefundAsync(order.Id, 20_000, 50_000, "Not delivered as described", Ct);

        Assert.Equal((20_000L, 50_000L), (refunded.Value.RefundedCardMinor, refunded.Value.RefundedVoucherMinor));
        Assert.Equal(200_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, order.VoucherId!.Value));
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VoucherSpent, order.VoucherId!.Value));
        Assert.Equal(-20_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.VendorPayable, order.VendorOrgId));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task The_vendor_dashboard_shows_what_a_paid_order_brought_by_card_and_by_voucher_less_refunds(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, order) = await AwaitingOrderAsync(portal);
        await portal.Anonymous<OrderSettlement>().ApplyAsync(Succeeded(order), Ct);
        var admin = Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Platform), Roles.PlatformAdmin, Guid.NewGuid());
        await portal.As<RefundStore>(admin).RefundAsync(order.Id, 20_000, 50_000, "Not delivered as described", Ct);
        var vendor = new Organisation { Id = order.VendorOrgId, Kind = OrganisationKind.Vendor, Name = "Vendor" };

        var dashboard = await portal.As<VendorDashboardStore>(Actors.MemberOf(vendor, Roles.VendorDeveloper)).LoadForCurrentAsync(Ct);

        var revenue = Assert.Single(dashboard.Revenue);
        Assert.Equal((order.Currency, order.RemainderMinor - 20_000, order.ShareMinor - 50_000), (revenue.Currency, revenue.CardMinor, revenue.VoucherMinor));
    }

    [Theory, BothDatabases]
    public async Task A_refund_larger_than_what_was_paid_is_refused_with_nothing_changed(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var (_, order) = await AwaitingOrderAsync(portal);
        await portal.Anonymous<OrderSettlement>().ApplyAsync(Succeeded(order), Ct);
        var admin = Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Platform), Roles.PlatformAdmin, Guid.NewGuid());

        var refunded = await portal.As<RefundStore>(admin).RefundAsync(order.Id, 50_001, 0, "Too much", Ct);

        Assert.Equal("Errors.Checkout.RefundTooLarge", Assert.Single(refunded.Errors).Code);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM checkout_refunds WHERE order_id = @Id", new { order.Id }));
    }

    [Theory, BothDatabases]
    public async Task Another_firms_voucher_code_is_refused_as_unknown(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (_, _, othersCode) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var (admin, _, _) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);

        var result = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(app, othersCode, CheckoutKit.Scopes, Ct);

        Assert.Equal("Errors.Checkout.VoucherUnknown", Assert.Single(result.Errors).Code);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM checkout_orders WHERE app_id = @app", new { app }));
    }

    [Theory, BothDatabases]
    public async Task A_voucher_for_an_app_in_another_currency_or_category_is_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var euroApp = await CheckoutKit.PaidAppAsync(portal, 100_000, currency: "EUR");
        var financeApp = await CheckoutKit.PaidAppAsync(portal, 100_000, category: "finance");
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);

        var euro = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(euroApp, code, CheckoutKit.Scopes, Ct);
        var finance = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(financeApp, code, CheckoutKit.Scopes, Ct);

        Assert.Equal("Errors.Checkout.CurrencyMismatch", Assert.Single(euro.Errors).Code);
        Assert.Equal("Errors.Checkout.AppNotCovered", Assert.Single(finance.Errors).Code);
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task An_expired_voucher_is_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        portal.Clock.Advance(TimeSpan.FromDays(61));

        var result = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(app, code, CheckoutKit.Scopes, Ct);

        Assert.Equal("Errors.Checkout.VoucherExpired", Assert.Single(result.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task Checkout_without_consent_to_every_scope_is_refused(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var admin = Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Firm), Roles.FirmAdmin, Guid.NewGuid());

        var result = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(app, null, ["production-data.read"], Ct);

        Assert.Equal("Errors.MarketplaceConsentMissing", Assert.Single(result.Errors).Code);
    }

    private static async Task<(System.Security.Claims.ClaimsPrincipal Admin, CheckoutOrder Order)> AwaitingOrderAsync(PortalHarness portal)
    {
        var app = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var order = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(app, code, CheckoutKit.Scopes, Ct);
        Assert.True(order.Succeeded, string.Join("; ", order.Errors.Select(e => e.Message)));
        return (admin, order.Value);
    }

    private static PaymentEvent Succeeded(CheckoutOrder order) => Event(order, PaymentEvent.Succeeded);

    private static PaymentEvent Event(CheckoutOrder order, string type) => new()
    {
        EventId = $"evt_{Guid.NewGuid():N}", Type = type, PaymentIntentId = order.PaymentIntentId!, AmountMinor = order.RemainderMinor, Currency = "cny",
    };
}
