using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Checkout.Renewals;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Checkout.Renewals;

public sealed class SubscriptionRenewalTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task The_first_paid_order_of_a_monthly_app_starts_a_subscription_due_a_month_later(DatabaseProvider provider)
    {
        await using var portal = await RenewalKit.StartAsync(databases, provider, new RecordingRenewalNotifier());
        var paidAt = portal.Clock.GetUtcNow();

        var (_, first, subscription) = await RenewalKit.SubscribedAsync(portal, 10_000, 100_000, coveragePercent: 50);

        Assert.Equal((SubscriptionStatuses.Active, SubscriptionPeriods.Monthly, 10_000L, first.Id, first.VoucherId),
            (subscription.Status, subscription.Period, subscription.PriceMinor, subscription.FirstOrderId, subscription.VoucherId));
        Assert.Equal(paidAt.AddMonths(1), subscription.RenewsAt);
    }

    [Theory, BothDatabases]
    public async Task A_renewal_within_the_vouchers_validity_is_covered_by_its_share_and_the_card_pays_the_rest(DatabaseProvider provider)
    {
        await using var portal = await RenewalKit.StartAsync(databases, provider, new RecordingRenewalNotifier());
        var (admin, first, subscription) = await RenewalKit.SubscribedAsync(portal, 10_000, 100_000, coveragePercent: 50);
        portal.Clock.Advance(TimeSpan.FromDays(32));

        await portal.Anonymous<SubscriptionRenewer>().RenewDueAsync(Ct);

        var renewal = Assert.Single(await RenewalKit.RenewalOrdersAsync(portal, subscription.Id));
        Assert.Equal((OrderStatuses.Paid, 5_000L, 5_000L, first.VoucherId), (renewal.Status, renewal.ShareMinor, renewal.RemainderMinor, renewal.VoucherId));
        Assert.Equal(90_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, first.VoucherId!.Value));
        Assert.Equal(subscription.RenewsAt.AddMonths(1), (await RenewalKit.ReloadAsync(portal, admin, subscription.Id)).RenewsAt);
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_renewal_after_the_voucher_expired_is_charged_to_the_card_in_full(DatabaseProvider provider)
    {
        await using var portal = await RenewalKit.StartAsync(databases, provider, new RecordingRenewalNotifier());
        var (_, first, subscription) = await RenewalKit.SubscribedAsync(portal, 10_000, 100_000, coveragePercent: 50);
        portal.Clock.Advance(TimeSpan.FromDays(61));

        await portal.Anonymous<SubscriptionRenewer>().RenewDueAsync(Ct);

        var renewal = Assert.Single(await RenewalKit.RenewalOrdersAsync(portal, subscription.Id));
        Assert.Equal((OrderStatuses.Paid, 0L, 10_000L, (Guid?)null), (renewal.Status, renewal.ShareMinor, renewal.RemainderMinor, renewal.VoucherId));
        Assert.Equal(95_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, first.VoucherId!.Value));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_voucher_with_little_left_covers_only_what_it_has_and_the_card_pays_the_rest(DatabaseProvider provider)
    {
        await using var portal = await RenewalKit.StartAsync(databases, provider, new RecordingRenewalNotifier());
        var (_, first, subscription) = await RenewalKit.SubscribedAsync(portal, 10_000, 6_000, coveragePercent: 50);
        portal.Clock.Advance(TimeSpan.FromDays(32));

        await portal.Anonymous<SubscriptionRenewer>().RenewDueAsync(Ct);

        var renewal = Assert.Single(await RenewalKit.RenewalOrdersAsync(portal, subscription.Id));
        Assert.Equal((OrderStatuses.Paid, 1_000L, 9_000L), (renewal.Status, renewal.ShareMinor, renewal.RemainderMinor));
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, first.VoucherId!.Value));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_renewal_the_card_cannot_pay_makes_the_subscription_past_due_returns_the_hold_and_tells_the_firm(DatabaseProvider provider)
    {
        var notices = new RecordingRenewalNotifier();
        await using var portal = await RenewalKit.StartAsync(databases, provider, notices);
        // The voucher paid all of the first month, so no card was ever given; then it has nothing left.
        var (admin, first, subscription) = await RenewalKit.SubscribedAsync(portal, 10_000, 10_000, coveragePercent: 100);
        portal.Clock.Advance(TimeSpan.FromDays(32));

        await portal.Anonymous<SubscriptionRenewer>().RenewDueAsync(Ct);

        var after = await RenewalKit.ReloadAsync(portal, admin, subscription.Id);
        Assert.Equal((SubscriptionStatuses.PastDue, RenewalFailures.NoCardOnFile), (after.Status, after.PastDueReason));
        Assert.Equal(OrderStatuses.Released, Assert.Single(await RenewalKit.RenewalOrdersAsync(portal, subscription.Id)).Status);
        var notice = Assert.Single(RenewalKit.NoticesTo(notices, first.FirmOrgId));
        Assert.Equal((10_000L, RenewalFailures.NoCardOnFile), (notice.AmountMinor, notice.Reason));
        Assert.Equal(0, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, first.VoucherId!.Value));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_past_due_subscription_is_not_renewed_again(DatabaseProvider provider)
    {
        await using var portal = await RenewalKit.StartAsync(databases, provider, new RecordingRenewalNotifier());
        var (_, _, subscription) = await RenewalKit.SubscribedAsync(portal, 10_000, 10_000, coveragePercent: 100);
        portal.Clock.Advance(TimeSpan.FromDays(32));
        await portal.Anonymous<SubscriptionRenewer>().RenewDueAsync(Ct);
        portal.Clock.Advance(TimeSpan.FromDays(31));

        await portal.Anonymous<SubscriptionRenewer>().RenewDueAsync(Ct);

        Assert.Single(await RenewalKit.RenewalOrdersAsync(portal, subscription.Id));
    }

    [Theory, BothDatabases]
    public async Task A_cancelled_subscription_is_not_renewed(DatabaseProvider provider)
    {
        await using var portal = await RenewalKit.StartAsync(databases, provider, new RecordingRenewalNotifier());
        var (admin, _, subscription) = await RenewalKit.SubscribedAsync(portal, 10_000, 100_000, coveragePercent: 50);

        var cancelled = await portal.As<SubscriptionStore>(admin).CancelAsync(subscription.Id, Ct);
        portal.Clock.Advance(TimeSpan.FromDays(400));
        await portal.Anonymous<SubscriptionRenewer>().RenewDueAsync(Ct);

        Assert.Equal(SubscriptionStatuses.Cancelled, cancelled.Value.Status);
        Assert.Empty(await RenewalKit.RenewalOrdersAsync(portal, subscription.Id));
    }

    [Theory, BothDatabases]
    public async Task Another_firms_subscription_cannot_be_cancelled(DatabaseProvider provider)
    {
        await using var portal = await RenewalKit.StartAsync(databases, provider, new RecordingRenewalNotifier());
        var (_, _, subscription) = await RenewalKit.SubscribedAsync(portal, 10_000, 100_000, coveragePercent: 50);
        var (otherAdmin, _, _) = await RenewalKit.SubscribedAsync(portal, 10_000, 100_000, coveragePercent: 50);

        var result = await portal.As<SubscriptionStore>(otherAdmin).CancelAsync(subscription.Id, Ct);

        Assert.Equal("Errors.Subscriptions.NotFound", Assert.Single(result.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task A_renewal_through_stripe_is_an_off_session_payment_with_the_saved_card_to_the_vendor(DatabaseProvider provider)
    {
        var stripe = new FakeStripeApi();
        await using var portal = await RenewalKit.StartAsync(databases, provider, new RecordingRenewalNotifier(), stripe);
        var (_, first, subscription) = await RenewalKit.SubscribedAsync(portal, 10_000, 100_000, coveragePercent: 50);
        portal.Clock.Advance(TimeSpan.FromDays(32));

        await portal.Anonymous<SubscriptionRenewer>().RenewDueAsync(Ct);

        var renewal = Assert.Single(await RenewalKit.RenewalOrdersAsync(portal, subscription.Id));
        Assert.Equal(OrderStatuses.Paid, renewal.Status);
        Assert.StartsWith("pi_fake_renewal_", renewal.PaymentIntentId, StringComparison.Ordinal);
        Assert.Contains(stripe.Requests, r => r.Method == HttpMethod.Get && r.Path == $"/v1/payment_intents/{first.PaymentIntentId}");
        var charge = Assert.Single(stripe.Requests, r => r.IdempotencyKey == $"renewal-{renewal.Id:N}");
        Assert.Equal((HttpMethod.Post, "/v1/payment_intents"), (charge.Method, charge.Path));
        Assert.Equal(("5000", "cny", "1000", first.PayoutAccountId), (charge.Form["amount"], charge.Form["currency"], charge.Form["application_fee_amount"], charge.Form["transfer_data[destination]"]));
        Assert.Equal(("cus_fake_1", "pm_fake_1", "true", "true"), (charge.Form["customer"], charge.Form["payment_method"], charge.Form["off_session"], charge.Form["confirm"]));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }

    [Theory, BothDatabases]
    public async Task A_renewal_stripe_declines_makes_the_subscription_past_due_with_the_decline_code(DatabaseProvider provider)
    {
        var stripe = new FakeStripeApi { OffSessionDeclineCode = "insufficient_funds" };
        var notices = new RecordingRenewalNotifier();
        await using var portal = await RenewalKit.StartAsync(databases, provider, notices, stripe);
        var (admin, first, subscription) = await RenewalKit.SubscribedAsync(portal, 10_000, 100_000, coveragePercent: 50);
        portal.Clock.Advance(TimeSpan.FromDays(32));

        await portal.Anonymous<SubscriptionRenewer>().RenewDueAsync(Ct);

        var after = await RenewalKit.ReloadAsync(portal, admin, subscription.Id);
        Assert.Equal((SubscriptionStatuses.PastDue, RenewalFailures.Declined("insufficient_funds")), (after.Status, after.PastDueReason));
        Assert.Single(RenewalKit.NoticesTo(notices, first.FirmOrgId));
        Assert.Equal(95_000, await CheckoutKit.BalanceAsync(portal, LedgerAccount.Voucher, first.VoucherId!.Value));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }
}
