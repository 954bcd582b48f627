using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Integrity;

public sealed class PriceRiseFlagTests(TestDatabases databases)
{
    [Theory, BothDatabases]
    public async Task A_voucher_purchase_days_after_the_price_was_raised_is_flagged(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal, priceMinor: 10_000);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        portal.Clock.Advance(TimeSpan.FromDays(10));
        await IntegrityKit.PublishPriceAsync(portal, scene.AppId, scene.Vendor.Id, "3.0.0", 20_000);
        portal.Clock.Advance(TimeSpan.FromDays(5));

        var order = await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);

        var flag = Assert.Single(await IntegrityKit.FlagsAsync(portal, scene), f => f.Kind == IntegrityFlagKind.PriceRaised);
        Assert.Equal((order.Id, scene.Vendor.Id, "5"), (flag.OrderId, flag.VendorOrgId, flag.Arguments[4]));
        Assert.Contains("100.00", flag.Arguments[1], StringComparison.Ordinal);
        Assert.Contains("200.00", flag.Arguments[2], StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task A_price_raised_longer_ago_than_the_window_raises_no_flag(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal, priceMinor: 10_000);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        portal.Clock.Advance(TimeSpan.FromDays(1));
        await IntegrityKit.PublishPriceAsync(portal, scene.AppId, scene.Vendor.Id, "3.0.0", 20_000);
        portal.Clock.Advance(TimeSpan.FromDays(31));

        await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);

        Assert.DoesNotContain(await IntegrityKit.FlagsAsync(portal, scene), f => f.Kind == IntegrityFlagKind.PriceRaised);
    }

    [Theory, BothDatabases]
    public async Task A_price_lowered_before_the_purchase_raises_no_flag(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var scene = await IntegrityKit.SceneAsync(portal, priceMinor: 20_000);
        var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
        portal.Clock.Advance(TimeSpan.FromDays(3));
        await IntegrityKit.PublishPriceAsync(portal, scene.AppId, scene.Vendor.Id, "3.0.0", 15_000);
        portal.Clock.Advance(TimeSpan.FromDays(1));

        await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);

        Assert.DoesNotContain(await IntegrityKit.FlagsAsync(portal, scene), f => f.Kind == IntegrityFlagKind.PriceRaised);
    }
}
