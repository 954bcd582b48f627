using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vendors;

/// <summary>Vendor onboarding and the dashboard over HTTP: the demo vendor is onboarded, a new one is held back.</summary>
public sealed class VendorOnboardingTests(PortalFactory portal)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_vendor_is_onboarded_with_a_sandbox_payout_account()
    {
        var developer = await portal.SharedSignInAsync(DemoAccounts.VendorEmail);

        var page = await HtmlPage.LoadAsync(developer, "/vendor/onboarding");

        page.RequireTestId("onboarding-complete");
        Assert.Equal(portal.English("Vendor.Payout.SandboxLabel"), page.RequireTestId("payout-sandbox").TextContent.Trim());
        Assert.Contains("shopfloor-cloud.example", page.RequireTestId("domain-verified").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_vendor_sees_every_step_open_and_cannot_submit_yet()
    {
        var vendor = await portal.RegisterVendorAsync("Newcomer");
        var developer = await portal.SignInAsync(vendor.AdminEmail, vendor.Password);

        var page = await HtmlPage.LoadAsync(developer, "/vendor/onboarding");
        using var submitted = await developer.PostAsync("/api/v1/vendor/submissions", AndonCopy(vendor), Ct);

        Assert.All(["Profile", "Domain", "Agreement", "Payout"],
            step => Assert.Equal("true", page.RequireTestId($"onboarding-step-{step}").GetAttribute("data-open")));
        Assert.Equal(HttpStatusCode.BadRequest, submitted.StatusCode);
        Assert.Contains("Errors.OnboardingIncomplete", await submitted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var submit = await HtmlPage.LoadAsync(developer, "/vendor/apps/submit");
        submit.RequireTestId("onboarding-link");
    }

    [Fact]
    public async Task The_demo_vendors_dashboard_shows_its_apps_installs_reviews_and_a_revenue_card_that_says_how_it_is_counted()
    {
        var developer = await portal.SharedSignInAsync(DemoAccounts.VendorEmail);

        var page = await HtmlPage.LoadAsync(developer, "/vendor/dashboard");

        Assert.Contains("shopfloor-andon", page.RequireTestId("dashboard-apps").TextContent, StringComparison.Ordinal);
        Assert.Contains("Wuxi Hengtai Bearing", page.RequireTestId("latest-reviews").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("0 new installs", page.RequireTestId("installs-total").TextContent, StringComparison.Ordinal);
        // The figures themselves depend on which checkout tests of this shared portal bought its apps first; the revenue
        // sums are proved in the checkout store tests and the card's rendering in VendorWidgetTests.
        Assert.NotEmpty(page.RequireTestId("revenue-card-share").TextContent);
        Assert.Contains(page.RequireTestId("revenue-note").TextContent.Trim(),
            new[] { portal.English("Vendor.Dashboard.RevenueNote"), portal.English("Vendor.Dashboard.RevenueBasis") });
    }

    private static StringContent AndonCopy(TestFirm vendor)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("marketplace", "shopfloor-andon", "app.json")))!.AsObject();
        manifest["id"] = $"new-{Guid.NewGuid():N}"[..20];
        manifest["vendor"]!["name"] = vendor.Name;
        return new StringContent(manifest.ToJsonString(), Encoding.UTF8, "application/json");
    }
}
