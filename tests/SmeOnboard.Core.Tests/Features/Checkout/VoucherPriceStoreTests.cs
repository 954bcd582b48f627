using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Checkout;

/// <summary>"Your price after voucher" on the app page and the catalogue: the checkout's own split, or why a voucher does not apply.</summary>
public sealed class VoucherPriceStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_member_of_a_firm_holding_a_voucher_sees_the_split_checkout_would_make(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var appId = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 30_000);
        var (admin, firm, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var app = (await portal.Anonymous<CatalogueStore>().FindAsync(appId, Ct))!;

        var price = Assert.Single(await portal.As<VoucherPriceStore>(Actors.MemberOf(firm, Roles.FirmMember, Guid.NewGuid())).ForAppAsync(app, Ct));
        var checkout = await portal.As<CheckoutStore>(admin).QuoteAsync(appId, code, Ct);

        Assert.Equal(code, price.Code);
        Assert.Null(price.Refusal);
        Assert.Equal((100_000, 30_000, 70_000), (price.Split!.PriceMinor, price.Split.ShareMinor, price.Split.RemainderMinor));
        Assert.Equal((checkout.Value.Split.ShareMinor, checkout.Value.Split.RemainderMinor), (price.Split.ShareMinor, price.Split.RemainderMinor));
    }

    [Theory, BothDatabases]
    public async Task A_voucher_whose_programme_does_not_cover_the_apps_category_comes_with_that_reason(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var appId = await CheckoutKit.PaidAppAsync(portal, 100_000, category: "finance");
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var app = (await portal.Anonymous<CatalogueStore>().FindAsync(appId, Ct))!;

        var price = Assert.Single(await portal.As<VoucherPriceStore>(admin).ForAppAsync(app, Ct));

        Assert.Equal(code, price.Code);
        Assert.Null(price.Split);
        Assert.Equal("Errors.Checkout.AppNotCovered", price.Refusal!.Code);
    }

    [Theory, BothDatabases]
    public async Task A_clawed_back_voucher_comes_with_the_reason_checkout_gives_instead_of_a_price(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var appId = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var voucher = Assert.Single(await portal.As<IntegrityStore>(officer).ListVouchersAsync(programme.Id, Ct));
        await portal.As<IntegrityStore>(officer).ClawBackAsync(programme.Id, voucher.Id, "Shared director.", Ct);
        var app = (await portal.Anonymous<CatalogueStore>().FindAsync(appId, Ct))!;

        var price = Assert.Single(await portal.As<VoucherPriceStore>(admin).ForAppAsync(app, Ct));
        var checkout = await portal.As<CheckoutStore>(admin).QuoteAsync(appId, code, Ct);

        Assert.Null(price.Split);
        Assert.Equal("Errors.Checkout.VoucherClawedBack", price.Refusal!.Code);
        Assert.Equal(price.Refusal.Code, Assert.Single(checkout.Errors).Code);
    }

    [Theory, BothDatabases]
    public async Task A_firm_without_vouchers_sees_no_voucher_price_even_when_other_firms_hold_one(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var appId = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var other = await portal.CreateOrganisationAsync(OrganisationKind.Firm);
        var app = (await portal.Anonymous<CatalogueStore>().FindAsync(appId, Ct))!;

        var prices = await portal.As<VoucherPriceStore>(Actors.MemberOf(other, Roles.FirmAdmin, Guid.NewGuid())).ForAppAsync(app, Ct);

        Assert.Empty(prices);
    }

    [Theory, BothDatabases]
    public async Task A_catalogue_page_gets_the_best_split_for_each_paid_app_a_voucher_covers_and_nothing_for_the_rest(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var covered = await CheckoutKit.PaidAppAsync(portal, 100_000);
        var finance = await CheckoutKit.PaidAppAsync(portal, 100_000, category: "finance");
        var (officer, programme) = await CheckoutKit.ProgrammeAsync(portal, 1_000_000, 200_000);
        var (admin, _, _) = await CheckoutKit.FirmWithVoucherAsync(portal, officer, programme.Id);
        var catalogue = portal.Anonymous<CatalogueStore>();
        var apps = new[] { (await catalogue.FindAsync(covered, Ct))!, (await catalogue.FindAsync(finance, Ct))! };

        var best = await portal.As<VoucherPriceStore>(admin).BestForAppsAsync(apps, Ct);

        Assert.Equal([covered], best.Keys);
        Assert.Equal(50_000, best[covered].RemainderMinor);
    }
}
