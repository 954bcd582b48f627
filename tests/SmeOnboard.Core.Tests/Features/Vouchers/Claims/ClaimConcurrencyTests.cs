using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Claims;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Claims;

public sealed class ClaimConcurrencyTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Forty_claims_filed_at_once_against_a_budget_for_ten_hold_exactly_the_budget(DatabaseProvider provider)
    {
        await using var portal = await ClaimKit.StartAsync(databases, provider);
        var app = await CheckoutKit.PaidAppAsync(portal, 10_000);
        // Each claim takes a 5,000 share; the budget holds ten of them while forty firms hold a promised voucher each.
        var (_, programme) = await ClaimKit.ProgrammeAsync(portal, 50_000, 5_000);
        var firms = new List<(System.Security.Claims.ClaimsPrincipal Admin, Guid VoucherId, Guid OrderId)>();
        for (var i = 0; i < 40; i++)
        {
            var (admin, code) = await CheckoutKit.PromisedVoucherAsync(portal, programme, 5_000);
            var voucherId = (await portal.As<FirmVoucherStore>(admin).ListVouchersAsync(Ct)).Single(v => v.Voucher.Code == code).Voucher.Id;
            var order = await ClaimKit.PaidOrderAsync(portal, admin, app);
            firms.Add((admin, voucherId, order.Id));
        }

        var results = await Task.WhenAll(firms.Select(firm => Task.Run(() =>
            portal.As<ClaimStore>(firm.Admin).FileAsync(firm.OrderId, firm.VoucherId, "", ClaimKit.Evidence(), Ct), Ct)));

        Assert.Equal(10, results.Count(r => r.Succeeded && r.Value.AmountMinor == 5_000));
        Assert.Equal(30, results.Count(r => !r.Succeeded && r.Errors.Single().Code == "Errors.Checkout.BudgetSpent"));
        Assert.Equal(50_000, await CheckoutKit.ProgrammeTotalAsync(portal, LedgerAccount.VoucherHold, programme.Id));
        await CheckoutKit.AssertLedgerBalancesAsync(portal);
    }
}
