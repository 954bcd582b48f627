using SmeOnboard.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Vouchers.Integrity;
using SmeOnboard.Core.Tests.Features.Checkout;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vouchers.Integrity;

public sealed class VelocityFlagTests(TestDatabases databases)
{
    private static void ThreeInADay(IServiceCollection services) =>
        services.Configure<IntegrityOptions>(o => (o.VelocityThreshold, o.VelocityWindowHours) = (3, 24));

    [Theory, BothDatabases]
    public async Task Many_vouchers_spent_at_one_vendor_within_the_window_are_flagged(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider, ThreeInADay);
        var scene = await IntegrityKit.SceneAsync(portal);
        for (var i = 0; i < 3; i++)
        {
            var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
            await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);
            portal.Clock.Advance(TimeSpan.FromHours(5));
        }

        var flag = Assert.Single(await IntegrityKit.FlagsAsync(portal, scene), f => f.Kind == IntegrityFlagKind.VendorVelocity);

        Assert.Equal((scene.Vendor.Id, "3", "24"), (flag.VendorOrgId, flag.Arguments[0], flag.Arguments[2]));
    }

    [Theory, BothDatabases]
    public async Task The_same_number_of_vouchers_spread_over_more_than_the_window_raises_no_flag(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider, ThreeInADay);
        var scene = await IntegrityKit.SceneAsync(portal);
        for (var i = 0; i < 3; i++)
        {
            var (admin, _, code) = await CheckoutKit.FirmWithVoucherAsync(portal, scene.Officer, scene.Programme.Id);
            await IntegrityKit.BuyAsync(portal, admin, scene.AppId, code);
            portal.Clock.Advance(TimeSpan.FromHours(13));
        }

        Assert.DoesNotContain(await IntegrityKit.FlagsAsync(portal, scene), f => f.Kind == IntegrityFlagKind.VendorVelocity);
    }
}
