using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Vendors;

/// <summary>A vendor submits over the API, a platform admin reviews, and firms find the published app.</summary>
public sealed class SubmissionFlowTests(PortalFactory portal)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_submitted_app_approved_by_an_admin_appears_in_the_firm_catalogue_and_the_vendor_is_told_in_both_languages()
    {
        var vendor = await portal.RegisterOnboardedVendorAsync("Flow");
        var developer = await portal.SignInAsync(vendor.AdminEmail, vendor.Password);
        var admin = await portal.SharedSignInAsync(DemoAccounts.PlatformAdminEmail);
        var appId = $"flow-{Guid.NewGuid():N}"[..20];

        using var submitted = await developer.PostAsync("/api/v1/vendor/submissions", Manifest(vendor, appId), Ct);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var submission = await submitted.Content.ReadFromJsonAsync<JsonElement>(ApiJson.Options, Ct);
        var id = submission.GetProperty("id").GetString();
        Assert.Equal(("Submitted", "Full"), (submission.GetProperty("state").GetString(), submission.GetProperty("reviewKind").GetString()));
        Assert.All(submission.GetProperty("checks").EnumerateArray(), check => Assert.True(check.GetProperty("passed").GetBoolean()));

        var queue = await HtmlPage.LoadAsync(admin, "/admin/reviews");
        Assert.Contains(appId, queue.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/admin/reviews/{id}/decision", new { decision = "start" }, Ct)).StatusCode);
        var review = await HtmlPage.LoadAsync(admin, $"/admin/reviews/{id}");
        Assert.Contains("+ people.read", review.Text, StringComparison.Ordinal);
        using var approved = await admin.PostAsJsonAsync($"/api/v1/admin/reviews/{id}/decision", new { decision = "approve" }, Ct);
        Assert.Equal("Published", (await approved.Content.ReadFromJsonAsync<JsonElement>(ApiJson.Options, Ct)).GetProperty("state").GetString());

        var firm = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);
        var found = await firm.GetFromJsonAsync<JsonElement>($"/api/v1/marketplace/apps?text={appId}", ApiJson.Options, Ct);
        Assert.Equal(appId, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        var mail = (await portal.MailsToAsync(vendor.AdminEmail)).First();
        Assert.Contains("is now: Published", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("已发布", mail.TextBody, StringComparison.Ordinal);
        var apps = await HtmlPage.LoadAsync(developer, "/vendor/apps");
        Assert.Contains(portal.English("Submission.State.Published"), apps.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_with_problems_is_kept_as_a_draft_and_each_problem_comes_back_with_its_field_path()
    {
        var vendor = await portal.RegisterOnboardedVendorAsync("Sloppy");
        var developer = await portal.SignInAsync(vendor.AdminEmail, vendor.Password);

        using var response = await developer.PostAsync("/api/v1/vendor/submissions",
            Manifest(vendor, $"sloppy-{Guid.NewGuid():N}"[..20], m => m["privacyPolicyUrl"] = "http://insecure.example/privacy"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("privacyPolicyUrl", out _));
        var mine = await developer.GetFromJsonAsync<JsonElement>("/api/v1/vendor/submissions", ApiJson.Options, Ct);
        var draft = Assert.Single(mine.EnumerateArray());
        Assert.Equal("Draft", draft.GetProperty("state").GetString());
        var form = await HtmlPage.LoadAsync(developer, $"/vendor/apps/submit?resubmit={draft.GetProperty("id").GetString()}");
        Assert.Contains("http://insecure.example/privacy", form.Document.QuerySelector("[data-testid=manifest-text] textarea")?.TextContent ?? form.Text, StringComparison.Ordinal);
        Assert.Contains(form.Document.QuerySelectorAll("[data-testid=manifest-problem]"), li => li.TextContent.Contains("privacyPolicyUrl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_vendor_cannot_submit_a_version_of_another_vendors_app()
    {
        var vendor = await portal.RegisterOnboardedVendorAsync("Copycat");
        var developer = await portal.SignInAsync(vendor.AdminEmail, vendor.Password);

        using var response = await developer.PostAsync("/api/v1/vendor/submissions", Manifest(vendor, "shopfloor-andon", m => m["version"] = "9.0.0"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Errors.SubmissionNotYourApp", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty((await developer.GetFromJsonAsync<JsonElement>("/api/v1/vendor/submissions", ApiJson.Options, Ct)).EnumerateArray());
    }

    private static StringContent Manifest(TestFirm vendor, string appId, Action<JsonObject>? change = null)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("marketplace", "shopfloor-andon", "app.json")))!.AsObject();
        manifest["id"] = appId;
        manifest["version"] = "1.0.0";
        manifest["vendor"]!["name"] = vendor.Name;
        // Search reads names and texts, not ids: a name of its own makes the app findable by this test alone.
        manifest["name"]!["en"] = $"Calls {appId}";
        change?.Invoke(manifest);
        return new StringContent(manifest.ToJsonString(), Encoding.UTF8, "application/json");
    }
}
