using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workflows;

/// <summary>A marketplace app calling back over HTTP, signed with its vendor's secret as the portal signs its calls to the app.</summary>
public sealed class AppCallbackApiTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signed_callback_resumes_the_waiting_workflow_and_a_wrong_signature_or_key_changes_nothing()
    {
        var shipping = await TestApp.PublishAsync(portal);
        var firm = await portal.RegisterFirmAsync("Shipper");
        var admin = await portal.SignInAsync(firm.AdminEmail, firm.Password);
        using var installed = await admin.PostAsJsonAsync($"/api/v1/marketplace/apps/{shipping.Id}/install", new { scopes = TestApp.Scopes }, Cancel);
        Assert.Equal(HttpStatusCode.Created, installed.StatusCode);
        var id = WebFlows.NewId("ship");
        var started = await admin.PublishAndStartAsync(id, WebFlows.AppCallback(id, shipping.Id));
        var instanceId = started["id"]!.GetValue<string>();
        var key = started["bookmarks"]![0]!["stimulusKey"]!.GetValue<string>();
        var app = portal.CreateBrowser();
        var body = new JsonObject { ["instanceId"] = instanceId, ["callbackKey"] = key, ["data"] = new JsonObject { ["tracking"] = "T-9" } }.ToJsonString();
        var unknown = new JsonObject { ["instanceId"] = instanceId, ["callbackKey"] = key + "x" }.ToJsonString();

        var forged = await PostAsync(app, shipping.Id, body, "another-secret");
        var unsigned = await PostAsync(app, shipping.Id, body, secret: null);
        var missing = await PostAsync(app, shipping.Id, unknown, shipping.Secret);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound), (forged.StatusCode, unsigned.StatusCode, missing.StatusCode));
        Assert.Equal("Suspended", (await admin.GetJsonAsync($"/api/v1/workflow-instances/{instanceId}"))["instance"]!["status"]!.GetValue<string>());

        var signed = await PostAsync(app, shipping.Id, body, shipping.Secret);

        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        var details = await admin.GetJsonAsync($"/api/v1/workflow-instances/{instanceId}");
        Assert.Equal("Finished", details["instance"]!["status"]!.GetValue<string>());
        Assert.Equal("T-9", details["instance"]!["variables"]!["reply"]!["tracking"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(app, shipping.Id, body, shipping.Secret)).StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string appId, string body, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/apps/{appId}/callbacks") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
            request.Headers.Add(AppActionSignature.Header, AppActionSignature.Create(secret, DateTimeOffset.UtcNow, body));
        return client.SendAsync(request, Cancel);
    }
}
