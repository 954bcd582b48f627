using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Checkout;

public sealed class CheckoutConcurrencyTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Two_hundred_parallel_checkouts_against_a_budget_for_fifty_give_exactly_fifty_voucher_shares(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 10_000);
        // Each purchase takes a 5,000 share; the budget holds fifty of them while two hundred firms hold a voucher each.
        var (_, programme) = await CheckoutKit.ProgrammeAsync(portal, 250_000, 5_000);
        var firms = new List<(System.Security.Claims.ClaimsPrincipal Admin, string Code)>();
        for (var i = 0; i < 200; i++)
        {
            firms.Add(await CheckoutKit.PromisedVoucherAsync(portal, programme, 5_000));
        }

        var results = await Task.WhenAll(firms.Select(firm => Task.Run(() =>
            portal.As<CheckoutStore>(firm.Admin).PlaceOrderAsync(app, firm.Code, CheckoutKit.Scopes, Ct), Ct)));

        Assert.Equal(50, results.Count(r => r.Succeeded && r.Value.ShareMinor == 5_000));
        Assert.Equal(150, results.Count(r => !r.Succeeded && r.Errors.Single().Code == "Errors.Checkout.BudgetSpent"));
        Assert.Equal(250_000, await CheckoutKit.ProgrammeTotalAsync(portal, LedgerAccount.VoucherHold, programme.Id));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }
}
