using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vendors;

/// <summary>Vendor API keys: created by a signed-in developer, used as bearer tokens, refused when wrong, revoked or out of scope.</summary>
public sealed class VendorApiKeyTests(PortalFactory portal)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_key_with_the_write_scope_submits_a_version_for_its_vendor()
    {
        var (developer, vendor) = await VendorAsync();
        var key = await CreateKeyAsync(developer, "submissions.write", "submissions.read");
        var appId = $"keyed-{Guid.NewGuid():N}"[..20];

        using var response = await WithKey(key).PostAsync("/api/v1/vendor/submissions", Manifest(vendor, appId), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var mine = await developer.GetFromJsonAsync<JsonElement>("/api/v1/vendor/submissions", ApiJson.Options, Ct);
        Assert.Equal(appId, Assert.Single(mine.EnumerateArray()).GetProperty("appId").GetString());
    }

    [Fact]
    public async Task A_wrong_or_revoked_key_gets_401_and_stores_nothing()
    {
        var (developer, vendor) = await VendorAsync();
        var key = await CreateKeyAsync(developer, "submissions.write");
        var id = (await developer.GetFromJsonAsync<JsonElement>("/api/v1/vendor/keys", ApiJson.Options, Ct))[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await developer.DeleteAsync($"/api/v1/vendor/keys/{id}", Ct)).StatusCode);

        using var revoked = await WithKey(key).PostAsync("/api/v1/vendor/submissions", Manifest(vendor, $"revoked-{Guid.NewGuid():N}"[..20]), Ct);
        using var wrong = await WithKey("smk_" + new string('x', 43)).PostAsync("/api/v1/vendor/submissions", Manifest(vendor, $"wrong-{Guid.NewGuid():N}"[..20]), Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (revoked.StatusCode, wrong.StatusCode));
        Assert.Empty((await developer.GetFromJsonAsync<JsonElement>("/api/v1/vendor/submissions", ApiJson.Options, Ct)).EnumerateArray());
    }

    [Fact]
    public async Task A_read_only_key_gets_403_when_it_submits_and_cannot_manage_keys()
    {
        var (developer, vendor) = await VendorAsync();
        var key = await CreateKeyAsync(developer, "submissions.read");

        using var submit = await WithKey(key).PostAsync("/api/v1/vendor/submissions", Manifest(vendor, $"readonly-{Guid.NewGuid():N}"[..20]), Ct);
        using var list = await WithKey(key).GetAsync("/api/v1/vendor/submissions", Ct);
        using var mint = await WithKey(key).PostAsJsonAsync("/api/v1/vendor/keys", new { name = "escalate", scopes = new[] { "submissions.write" } }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, mint.StatusCode);
        Assert.Single((await developer.GetFromJsonAsync<JsonElement>("/api/v1/vendor/keys", ApiJson.Options, Ct)).EnumerateArray());
    }

    private async Task<(HttpClient Developer, TestFirm Vendor)> VendorAsync()
    {
        var vendor = await portal.RegisterOnboardedVendorAsync("Keyed");
        return (await portal.SignInAsync(vendor.AdminEmail, vendor.Password), vendor);
    }

    private static async Task<string> CreateKeyAsync(HttpClient developer, params string[] scopes)
    {
        using var response = await developer.PostAsJsonAsync("/api/v1/vendor/keys", new { name = "CI pipeline", scopes }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ApiJson.Options, Ct)).GetProperty("secret").GetString()!;
    }

    private HttpClient WithKey(string key)
    {
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static StringContent Manifest(TestFirm vendor, string appId)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("marketplace", "shopfloor-andon", "app.json")))!.AsObject();
        manifest["id"] = appId;
        manifest["version"] = "1.0.0";
        manifest["vendor"]!["name"] = vendor.Name;
        return new StringContent(manifest.ToJsonString(), Encoding.UTF8, "application/json");
    }
}
