using System.Security.Claims;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Checkout.RefundRequests;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Checkout.RefundRequests;

/// <summary>Vendors ask, platform administrators decide; the card part goes back through the real Stripe.net client to a local fake.</summary>
public sealed class RefundRequestStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeStripeApi _stripe = new();

    [Theory, BothDatabases]
    public async Task Approving_a_request_refunds_the_card_part_at_stripe_and_restores_the_voucher_share(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var (vendor, order) = await PaidOrderAsync(portal);
        var requested = await portal.As<RefundRequestStore>(vendor).RequestAsync(order.Id, 20_000, 50_000, "The firm's line closed before go-live.", Ct);
        _stripe.Requests.Clear();

        var approved = await portal.As<RefundRequestStore>(await AdminAsync(portal)).ApproveAsync(requested.Value.Id, Ct);

        Assert.Equal(RefundRequestStatus.Approved, approved.Value.Status);
        var refund = Assert.Single(_stripe.Requests);
        Assert.Equal((HttpMethod.Post, "/v1/refunds"), (refund.Method, refund.Path));
        Assert.Equal((order.PaymentIntentId, "20000", "true"), (refund.Form["payment_intent"], refund.Form["amount"], refund.Form["reverse_transfer"]));
        Assert.Equal($"refund-{approved.Value.RefundId:N}", refund.IdempotencyKey);
        Assert.Equal(1, await portal.CountAsync(
            "SELECT COUNT(*) FROM checkout_refunds WHERE id = @RefundId AND card_minor = 20000 AND voucher_minor = 50000 AND provider_refund_id = 're_fake_1'",
            new { approved.Value.RefundId }));
        Assert.Equal(200_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, order.VoucherId!.Value));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task Declining_a_request_tells_the_vendor_why_and_refunds_nothing(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var (vendor, order) = await PaidOrderAsync(portal);
        var requested = await portal.As<RefundRequestStore>(vendor).RequestAsync(order.Id, 50_000, 0, "Changed their mind.", Ct);
        _stripe.Requests.Clear();

        var declined = await portal.As<RefundRequestStore>(await AdminAsync(portal)).DeclineAsync(requested.Value.Id, "The app was delivered and used.", Ct);

        Assert.Equal((RefundRequestStatus.Declined, "The app was delivered and used."), (declined.Value.Status, declined.Value.DecisionNote));
        Assert.Equal("The app was delivered and used.", Assert.Single(await portal.As<RefundRequestStore>(vendor).ListForCurrentAsync(Ct)).DecisionNote);
        Assert.Empty(_stripe.Requests);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM checkout_refunds WHERE order_id = @Id", new { order.Id }));
    }

    [Theory, BothDatabases]
    public async Task A_decided_request_cannot_be_approved_again(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var (vendor, order) = await PaidOrderAsync(portal);
        var requested = await portal.As<RefundRequestStore>(vendor).RequestAsync(order.Id, 10_000, 0, "Double charge.", Ct);
        var admin = await AdminAsync(portal);
        await portal.As<RefundRequestStore>(admin).ApproveAsync(requested.Value.Id, Ct);
        _stripe.Requests.Clear();

        var again = await portal.As<RefundRequestStore>(admin).ApproveAsync(requested.Value.Id, Ct);

        Assert.Equal("Errors.RefundRequests.AlreadyDecided", Assert.Single(again.Errors).Code);
        Assert.Empty(_stripe.Requests);
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM checkout_refunds WHERE order_id = @Id", new { order.Id }));
    }

    [Theory, BothDatabases]
    public async Task A_vendor_cannot_ask_for_a_refund_of_another_vendors_order(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var (_, order) = await PaidOrderAsync(portal);
        var stranger = Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Vendor), Roles.VendorDeveloper);

        var requested = await portal.As<RefundRequestStore>(stranger).RequestAsync(order.Id, 10_000, 0, "Mine now.", Ct);

        Assert.Equal("Errors.Checkout.OrderNotFound", Assert.Single(requested.Errors).Code);
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM checkout_refund_requests WHERE order_id = @Id", new { order.Id }));
    }

    [Theory, BothDatabases]
    public async Task A_request_for_more_than_was_paid_is_refused(DatabaseProvider provider)
    {
        await using var portal = await StartAsync(provider);
        var (vendor, order) = await PaidOrderAsync(portal);

        var requested = await portal.As<RefundRequestStore>(vendor).RequestAsync(order.Id, 50_001, 0, "Everything.", Ct);

        Assert.Equal("Errors.Checkout.RefundTooLarge", Assert.Single(requested.Errors).Code);
    }

    private Task<PortalHarness> StartAsync(DatabaseProvider provider) =>
        PortalHarness.StartAsync(databases, provider, services =>
        {
            services.AddRefundRequestStores();
            services.AddSingleton<IPaymentGateway>(new StripePaymentGateway(new HttpClient(_stripe),
                Options.Create(new CheckoutOptions { SecretKey = "sk_test_fake", ApiBase = "http://stripe.test" })));
        });

    private static async Task<ClaimsPrincipal> AdminAsync(PortalHarness portal) =>
        Actors.MemberOf(await portal.CreateOrganisationAsync(OrganisationKind.Platform), Roles.PlatformAdmin, Guid.NewGuid());

    /// <summary>
    /// An order paid half by voucher and half by card through the fake Stripe. The fake names every payment pi_fake_1,
    /// so the order gets an id of its own before the next test's order needs that one.
    /// </summary>
    private static async Task<(ClaimsPrincipal Vendor, CheckoutOrder Order)> PaidOrderAsync(PortalHarness portal)
    {
        var app = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var placed = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(app, code, CheckoutKit.Scopes, Ct);
        Assert.True(placed.Succeeded, string.Join("; ", placed.Errors.Select(e => e.Message)));
        var intent = $"pi_{Guid.NewGuid():N}";
        await using (var connection = await portal.Database.Connections.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("UPDATE checkout_orders SET payment_intent_id = @intent WHERE id = @Id", new { intent, placed.Value.Id });
        }
        await portal.Anonymous<OrderSettlement>().ApplyAsync(new PaymentEvent
        {
            EventId = $"evt_{Guid.NewGuid():N}", Type = PaymentEvent.Succeeded, PaymentIntentId = intent, AmountMinor = placed.Value.RemainderMinor, Currency = "cny",
        }, Ct);
        var order = (await portal.Anonymous<OrderSettlement>().FindAsync(placed.Value.Id, Ct))!;
        var vendor = new Organisation { Id = order.VendorOrgId, Kind = OrganisationKind.Vendor, Name = "Vendor" };
        return (Actors.MemberOf(vendor, Roles.VendorDeveloper), order);
    }
}
