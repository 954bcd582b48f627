using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Core.Features.Vendors;
using SmeOnboard.Core.Tests.Features.Marketplace;
using SmeOnboard.Core.Tests.Features.Marketplace.Submissions;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Vendors;

public sealed class VendorDashboardStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task The_dashboard_counts_installs_of_the_vendors_apps_per_week_over_twelve_weeks(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var appId = TestManifests.UniqueId("dash");
        await portal.PublishAsync(vendor, await portal.PlatformAdminAsync(), SubmissionHarness.Manifest(vendor, appId));
        await InstallAsync(portal, appId);
        portal.Clock.Advance(TimeSpan.FromDays(14));
        await InstallAsync(portal, appId);
        await InstallAsync(portal, appId);

        var dashboard = await portal.As<VendorDashboardStore>(vendor.Principal).LoadForCurrentAsync(Ct);

        Assert.Equal(VendorDashboardStore.Weeks, dashboard.InstallsPerWeek.Count);
        Assert.Equal([1, 0, 2], dashboard.InstallsPerWeek.TakeLast(3).Select(w => w.Count));
        Assert.Equal(VendorDashboardStore.WeekStart(portal.Clock.GetUtcNow()), dashboard.InstallsPerWeek[^1].WeekStart);
        var app = Assert.Single(dashboard.Apps);
        Assert.Equal((appId, "Listed", SubmissionState.Published, 3), (app.AppId, app.Listing, app.LatestState!.Value, app.ActiveInstalls));
        Assert.True(dashboard.Onboarding.IsComplete);
    }

    [Theory, BothDatabases]
    public async Task A_vendor_sees_its_submitted_apps_but_never_another_vendors(DatabaseProvider provider)
    {
        await using var portal = await PortalHarness.StartAsync(databases, provider);
        var vendor = await portal.RegisterOnboardedVendorAsync();
        var other = await portal.RegisterOnboardedVendorAsync();
        var appId = TestManifests.UniqueId("mine");
        await portal.As<SubmissionStore>(vendor.Principal).SubmitForCurrentAsync(SubmissionHarness.Manifest(vendor, appId), null, Ct);

        var mine = await portal.As<VendorDashboardStore>(vendor.Principal).LoadForCurrentAsync(Ct);
        var theirs = await portal.As<VendorDashboardStore>(other.Principal).LoadForCurrentAsync(Ct);

        Assert.Equal((appId, null, SubmissionState.Submitted), (Assert.Single(mine.Apps).AppId, mine.Apps[0].Listing, mine.Apps[0].LatestState!.Value));
        Assert.Empty(theirs.Apps);
    }

    [Fact]
    public void A_week_starts_on_Monday_in_UTC()
    {
        var sunday = new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 23), VendorDashboardStore.WeekStart(sunday));
    }

    private static async Task InstallAsync(PortalHarness portal, string appId)
    {
        var firm = await portal.RegisterFirmAsync();
        var result = await portal.As<AppInstallStore>(firm.Principal).InstallForCurrentAsync(appId, ["people.read", "workflows.write"], Ct);
        Assert.True(result.Succeeded);
    }
}
