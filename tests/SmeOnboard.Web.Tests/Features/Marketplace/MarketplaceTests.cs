using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Marketplace;

/// <summary>The catalogue the portal loaded from marketplace/ on start, searched and installed from over HTTP.</summary>
public sealed class MarketplaceTests(PortalFactory portal)
{
    private const string FreeApp = "shopfloor-andon";
    private const string PaidApp = "shopfloor-mes-lite";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_catalogue_loaded_on_start_holds_the_shipped_apps()
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/apps?pageSize=60", ApiJson.Options, Ct);

        Assert.True(page.GetProperty("total").GetInt32() >= 12);
    }

    [Fact]
    public async Task The_search_api_filters_free_apps_in_one_category()
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/apps?free=true&category=quality", ApiJson.Options, Ct);

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, app => Assert.Equal(("free", "quality"), (app.GetProperty("pricingModel").GetString(), app.GetProperty("category").GetString())));
    }

    [Fact]
    public async Task A_firm_admin_installs_a_free_app_and_sees_it_with_its_scopes()
    {
        var firm = await portal.RegisterFirmAsync("Installer");
        var client = await portal.SignInAsync(firm.AdminEmail, firm.Password);

        using var response = await client.PostAsJsonAsync($"/api/v1/marketplace/apps/{FreeApp}/install",
            new { scopes = new[] { "people.read", "workflows.write" } }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var installed = await HtmlPage.LoadAsync(client, "/marketplace/installed");
        Assert.Contains("Andon Board", installed.Text, StringComparison.Ordinal);
        Assert.Contains("workflows.write", installed.Text, StringComparison.Ordinal);
        Assert.Contains(portal.English("Marketplace.NoAccess"), installed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installing_without_every_consent_is_refused_as_a_problem()
    {
        var firm = await portal.RegisterFirmAsync("Hasty");
        var client = await portal.SignInAsync(firm.AdminEmail, firm.Password);

        using var response = await client.PostAsJsonAsync($"/api/v1/marketplace/apps/{FreeApp}/install", new { scopes = new[] { "people.read" } }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Errors.MarketplaceConsentMissing", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_paid_app_is_not_installed_directly_and_its_page_offers_checkout()
    {
        var firm = await portal.RegisterFirmAsync("Buyer");
        var client = await portal.SignInAsync(firm.AdminEmail, firm.Password);

        using var response = await client.PostAsJsonAsync($"/api/v1/marketplace/apps/{PaidApp}/install",
            new { scopes = new[] { "production-data.read", "production-data.write", "workflows.write" } }, Ct);
        var appPage = await HtmlPage.LoadAsync(client, $"/marketplace/{PaidApp}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("buy it through checkout", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/checkout/{PaidApp}", appPage.Document.QuerySelector("[data-testid=buy]")?.GetAttribute("href"));
        Assert.Empty(appPage.Document.QuerySelectorAll("[data-testid=install]"));
    }

    [Fact]
    public async Task The_app_page_discloses_every_scope_with_its_reason_storage_and_endpoints()
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        var page = await HtmlPage.LoadAsync(client, "/marketplace/jiangnan-cmms");

        foreach (var expected in new[]
        {
            "maintenance-records.write", "Creates and closes maintenance orders from plans and breakdown reports.",
            "Huawei Cloud, Suzhou data centre (East China).", "https://api.jiangnan-equip.example/cmms",
        })
        {
            Assert.Contains(expected, page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_app_page_is_in_chinese_for_chinese_readers()
    {
        var firm = await portal.RegisterFirmAsync("Reader");
        var client = await portal.SignInAsync(firm.AdminEmail, firm.Password);
        (await client.GetAsync("/culture/set?culture=zh-CN&returnUrl=%2Fmarketplace", Ct)).AssertRedirectsTo("/marketplace");

        var page = await HtmlPage.LoadAsync(client, "/marketplace/jiangnan-cmms");

        Assert.Contains("EquipCare 设备维护管理", page.Text, StringComparison.Ordinal);
        Assert.Contains("华为云华东（苏州）数据中心。", page.Text, StringComparison.Ordinal);
        Assert.Contains(portal.In("zh-CN", "Marketplace.Disclosure.Title"), page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-app")]
    [InlineData("..%2F..%2Fappsettings")]
    [InlineData("Shopfloor-Andon")]
    public async Task Icons_are_served_only_for_catalogue_ids(string appId)
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        using var response = await client.GetAsync($"/marketplace/{appId}/icon.svg", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_icon_is_served_as_inert_svg()
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        using var response = await client.GetAsync($"/marketplace/{FreeApp}/icon.svg", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self';", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
