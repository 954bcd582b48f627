using System.Security.Claims;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Checkout.Renewals;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Checkout.Renewals;

/// <summary>A portal whose renewals charge the sandbox (or Stripe.net against the fake API) and record the firm's notices.</summary>
internal static class RenewalKit
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<PortalHarness> StartAsync(TestDatabases databases, DatabaseProvider provider, RecordingRenewalNotifier notices, FakeStripeApi? stripe = null) =>
        PortalHarness.StartAsync(databases, provider, services =>
        {
            services.AddSingleton<IRenewalNotifier>(notices);
            if (stripe is null)
            {
                services.AddSingleton<IRenewalCharger, SandboxRenewalCharger>();
            }
            else
            {
                services.AddSingleton<IRenewalCharger>(new StripeRenewalCharger(new HttpClient(stripe),
                    Options.Create(new CheckoutOptions { SecretKey = "sk_test_fake", ApiBase = "http://stripe.test" })));
            }
        });

    /// <summary>
    /// A firm (with a member who gets email, at <see cref="EmailOf"/>) that bought a monthly app at <paramref name="priceMinor"/> with its voucher
    /// and paid the remainder by (sandbox) card; its subscription has just started.
    /// </summary>
    public static async Task<(ClaimsPrincipal Admin, CheckoutOrder First, Subscription Subscription)> SubscribedAsync(PortalHarness portal, long priceMinor,
        long capMinor, int coveragePercent)
    {
        var app = await CheckoutKit.PaidAppAsync(portal, priceMinor, pricingModel: "monthly");
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 10_000_000, capMinor, coveragePercent);
        var (admin, firm, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        await AddMemberWithEmailAsync(portal, firm.Id);
        var placed = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(app, code, CheckoutKit.Scopes, Ct);
        Assert.True(placed.Succeeded, string.Join("; ", placed.Errors.Select(e => e.Message)));
        if (placed.Value.RemainderMinor > 0)
        {
            await portal.Anonymous<OrderSettlement>().ApplyAsync(new PaymentEvent
            {
                EventId = $"evt_{Guid.NewGuid():N}", Type = PaymentEvent.Succeeded, PaymentIntentId = placed.Value.PaymentIntentId!,
                AmountMinor = placed.Value.RemainderMinor, Currency = "cny",
            }, Ct);
        }
        var subscription = Assert.Single(await portal.As<SubscriptionStore>(admin).ListForCurrentAsync(Ct));
        return (admin, placed.Value, subscription);
    }

    public static async Task<IReadOnlyList<CheckoutOrder>> RenewalOrdersAsync(PortalHarness portal, Guid subscriptionId)
    {
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        return (await connection.QueryAsync<CheckoutOrder>(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.renewal_of = @subscriptionId ORDER BY o.created_at", new { subscriptionId })).ToList();
    }

    public static async Task<Subscription> ReloadAsync(PortalHarness portal, ClaimsPrincipal admin, Guid id) =>
        (await portal.As<SubscriptionStore>(admin).ListForCurrentAsync(Ct)).Single(s => s.Id == id);

    /// <summary>
    /// The email of the firm's member. Test databases are shared, so a renewal run also renews other tests' due
    /// subscriptions: assertions look at this firm's notices and requests only.
    /// </summary>
    public static string EmailOf(Guid firmOrgId) => $"admin-{firmOrgId:N}@firm.example";

    public static IReadOnlyList<RenewalNotice> NoticesTo(RecordingRenewalNotifier notices, Guid firmOrgId) =>
        notices.Sent.Where(n => n.Recipients.Contains(EmailOf(firmOrgId))).Select(n => n.Notice).ToList();

    private static async Task AddMemberWithEmailAsync(PortalHarness portal, Guid firmOrgId)
    {
        var userId = Guid.NewGuid();
        var email = EmailOf(firmOrgId);
        await using var connection = await portal.Database.Connections.OpenAsync(Ct);
        await connection.ExecuteAsync(
            """
            INSERT INTO users (id, user_name, normalized_user_name, email, normalized_email, display_name, created_at)
            VALUES (@userId, @email, @upper, @email, @upper, 'Firm admin', @now)
            """, new { userId, email, upper = email.ToUpperInvariant(), now = portal.Clock.GetUtcNow() });
        await connection.ExecuteAsync("INSERT INTO memberships (user_id, org_id, role, created_at) VALUES (@userId, @Id, @role, @now)",
            new { Id = firmOrgId, userId, role = Roles.FirmAdmin, now = portal.Clock.GetUtcNow() });
    }
}
