using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Checkout;

public sealed class PurchasesAllowedTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_voucher_that_paid_for_all_the_purchases_its_programme_allows_gives_no_share_and_says_why(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firstApp = await CheckoutKit.PaidAppAsync(portal, 10_000);
        var secondApp = await CheckoutKit.PaidAppAsync(portal, 10_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000, coveragePercent: 100, purchasesAllowed: 1);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        Assert.True((await portal.As<CheckoutStore>(admin).PlaceOrderAsync(firstApp, code, CheckoutKit.Scopes, Ct)).Succeeded);

        var quote = await portal.As<CheckoutStore>(admin).QuoteAsync(secondApp, code, Ct);
        var order = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(secondApp, code, CheckoutKit.Scopes, Ct);

        var refusal = Assert.Single(quote.Errors);
        Assert.Equal(("Errors.Checkout.PurchasesUsed", "This voucher has already paid for the 1 purchase(s) it allows."), (refusal.Code, refusal.Message));
        Assert.Equal("Errors.Checkout.PurchasesUsed", Assert.Single(order.Errors).Code);
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM checkout_orders WHERE voucher_id IS NOT NULL AND app_id IN (@firstApp, @secondApp)", new { firstApp, secondApp }));
    }

    [Theory, BothDatabases]
    public async Task A_voucher_allowing_two_purchases_pays_its_share_of_the_second(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var firstApp = await CheckoutKit.PaidAppAsync(portal, 10_000);
        var secondApp = await CheckoutKit.PaidAppAsync(portal, 10_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000, coveragePercent: 100, purchasesAllowed: 2);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        Assert.True((await portal.As<CheckoutStore>(admin).PlaceOrderAsync(firstApp, code, CheckoutKit.Scopes, Ct)).Succeeded);

        var order = await portal.As<CheckoutStore>(admin).PlaceOrderAsync(secondApp, code, CheckoutKit.Scopes, Ct);

        Assert.Equal((OrderStatuses.Paid, 10_000L), (order.Value.Status, order.Value.ShareMinor));
    }
}
