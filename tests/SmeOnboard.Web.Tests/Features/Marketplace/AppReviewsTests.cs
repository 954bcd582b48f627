using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Marketplace;

/// <summary>Ratings and reviews on the app page and in the catalogue, with the seeded demo reviews.</summary>
public sealed class AppReviewsTests(PortalFactory portal)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_app_page_shows_the_average_rating_the_count_and_the_reviews_with_the_vendor_reply()
    {
        var firm = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        var page = await HtmlPage.LoadAsync(firm, "/marketplace/shopfloor-andon");

        var reviews = page.RequireTestId("app-reviews");
        Assert.Equal("4.5", reviews.QuerySelector("[data-testid=rating-average]")!.TextContent);
        Assert.Equal("(2 reviews)", reviews.QuerySelector("[data-testid=rating-count]")!.TextContent);
        Assert.Equal(2, reviews.QuerySelectorAll("[data-testid=review]").Length);
        Assert.Contains("Escalation by shift", reviews.QuerySelector("[data-testid=review-reply]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_firm_without_the_app_is_told_to_install_and_use_it_first()
    {
        var firm = await portal.RegisterFirmAsync("Curious");
        var client = await portal.SignInAsync(firm.AdminEmail, firm.Password);

        var page = await HtmlPage.LoadAsync(client, "/marketplace/jiangnan-5s-audit");

        Assert.Equal(portal.English("Ratings.NotInstalled"), page.RequireTestId("review-not-installed").TextContent.Trim());
        Assert.Null(page.ByTestId("review-form"));
    }

    [Fact]
    public async Task A_firm_that_installed_today_is_told_from_which_date_it_can_review()
    {
        var firm = await portal.RegisterFirmAsync("Eager");
        var client = await portal.SignInAsync(firm.AdminEmail, firm.Password);
        using var installed = await client.PostAsJsonAsync("/api/v1/marketplace/apps/skillbridge-skills-matrix/install",
            new { scopes = Scopes("skillbridge-skills-matrix") }, Ct);
        Assert.Equal(HttpStatusCode.Created, installed.StatusCode);

        var page = await HtmlPage.LoadAsync(client, "/marketplace/skillbridge-skills-matrix");

        var notice = page.RequireTestId("review-too-early").TextContent;
        Assert.Contains("You can review this app from", notice, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.AddDays(7).Year.ToString(System.Globalization.CultureInfo.InvariantCulture), notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_the_catalogue_by_rating_puts_the_best_averages_first()
    {
        var firm = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        var page = await firm.GetFromJsonAsync<JsonElement>("/api/v1/marketplace/apps?sort=Rating&pageSize=60", ApiJson.Options, Ct);

        var averages = page.GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("ratingAverage").ValueKind == JsonValueKind.Null ? 0 : a.GetProperty("ratingAverage").GetDouble()).ToList();
        Assert.Equal(5.0, averages[0]);
        Assert.Equal(averages.OrderDescending(), averages);
    }

    private static string[] Scopes(string appId)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("marketplace", appId, "app.json")));
        return manifest.RootElement.GetProperty("dataScopes").EnumerateArray().Select(s => s.GetProperty("scope").GetString()!).ToArray();
    }
}
