using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Marketplace;

/// <summary>An app the platform suspends stays in view for the firms that installed it and leaves the catalogue for the rest.</summary>
public sealed class SuspendedAppTests(PortalFactory portal)
{
    private static readonly string[] AndonScopes = ["people.read", "workflows.write"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_firm_that_installed_a_suspended_app_still_sees_it_marked_suspended()
    {
        var appId = await PublishAppAsync();
        var firm = await portal.RegisterFirmAsync("KeepsSuspended");
        var client = await portal.SignInAsync(firm.AdminEmail, firm.Password);
        using var installed = await client.PostAsJsonAsync($"/api/v1/marketplace/apps/{appId}/install", new { scopes = AndonScopes }, Ct);
        Assert.Equal(HttpStatusCode.Created, installed.StatusCode);

        await SetListingAsync(appId, "Suspended");
        var page = await HtmlPage.LoadAsync(client, $"/marketplace/{appId}");

        Assert.Contains("data-testid=\"app-suspended\"", page.Html, StringComparison.Ordinal);
        Assert.Contains(portal.English("Marketplace.Listing.Suspended"), page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"install\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_apps_and_data_access_page_marks_a_suspended_app_and_says_what_that_stops()
    {
        var appId = await PublishAppAsync();
        var firm = await portal.RegisterFirmAsync("SeesSuspension");
        var client = await portal.SignInAsync(firm.AdminEmail, firm.Password);
        using var installed = await client.PostAsJsonAsync($"/api/v1/marketplace/apps/{appId}/install", new { scopes = AndonScopes }, Ct);
        Assert.Equal(HttpStatusCode.Created, installed.StatusCode);
        var listed = await HtmlPage.LoadAsync(client, "/marketplace/installed");

        await SetListingAsync(appId, "Suspended");
        var page = await HtmlPage.LoadAsync(client, "/marketplace/installed");

        Assert.DoesNotContain("data-testid=\"app-taken-down\"", listed.Html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"app-taken-down\"", page.Html, StringComparison.Ordinal);
        Assert.Contains(portal.English("Marketplace.TakenDown.Suspended"), page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_firms_neither_find_nor_open_nor_install_a_suspended_app()
    {
        var appId = await PublishAppAsync();
        var firm = await portal.RegisterFirmAsync("NeverHadIt");
        var client = await portal.SignInAsync(firm.AdminEmail, firm.Password);
        await SetListingAsync(appId, "Suspended");

        var search = await client.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/apps?text={appId}&pageSize=60", ApiJson.Options, Ct);
        var page = await HtmlPage.LoadAsync(client, $"/marketplace/{appId}");
        using var install = await client.PostAsJsonAsync($"/api/v1/marketplace/apps/{appId}/install", new { scopes = AndonScopes }, Ct);

        Assert.DoesNotContain(search.GetProperty("items").EnumerateArray(), app => app.GetProperty("id").GetString() == appId);
        Assert.Contains("data-testid=\"app-not-found\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, install.StatusCode);
    }

    /// <summary>A copy of the free Andon app under an id and vendor of its own, so suspending it touches no other test.</summary>
    private async Task<string> PublishAppAsync()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("marketplace", "shopfloor-andon", "app.json")))!.AsObject();
        var appId = $"suspend-{Guid.NewGuid():N}"[..24];
        manifest["id"] = appId;
        manifest["vendor"]!["name"] = $"Vendor {appId}";
        var folder = Path.Combine(Path.GetTempPath(), $"smeonboard-suspend-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, appId));
        await File.WriteAllTextAsync(Path.Combine(folder, appId, "app.json"), manifest.ToJsonString(), Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, appId, "icon.svg"), """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>""", Ct);
        var report = await portal.WithServicesAsync(services => services.GetRequiredService<CatalogueLoader>().LoadAsync(folder, Ct));
        Assert.Equal(PublishOutcome.Added, report.Outcomes[appId]);
        return appId;
    }

    private Task<int> SetListingAsync(string appId, string listing) => portal.WithServicesAsync(async services =>
    {
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenAsync(Ct);
        return await connection.ExecuteAsync("UPDATE marketplace_apps SET listing = @listing WHERE id = @appId", new { listing, appId });
    });
}
