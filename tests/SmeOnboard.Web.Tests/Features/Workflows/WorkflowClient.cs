using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SmeOnboard.Web.Tests.Features.Workflows;

/// <summary>The workflow API as a signed-in client uses it; every call asserts the status it expects.</summary>
public static class WorkflowClient
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> PutDraftAsync(this HttpClient client, string definitionId, string json) =>
        client.PutAsync($"/api/v1/workflows/{definitionId}/draft", new StringContent(json, Encoding.UTF8, "application/json"), Cancel);

    /// <summary>Saves and publishes <paramref name="json"/>, then starts it; returns the new instance.</summary>
    public static async Task<JsonNode> PublishAndStartAsync(this HttpClient client, string definitionId, string json)
    {
        await client.PublishAsync(definitionId, json);
        var started = await client.PostAsync($"/api/v1/workflows/{definitionId}/instances", null, Cancel);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (await started.Content.ReadFromJsonAsync<JsonNode>(Cancel))!;
    }

    public static async Task PublishAsync(this HttpClient client, string definitionId, string json)
    {
        var saved = await client.PutDraftAsync(definitionId, json);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var published = await client.PostAsync($"/api/v1/workflows/{definitionId}/publish", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>(Cancel))!;
    }

    public static string TaskUrl(string bookmarkId) => $"/api/v1/tasks/{Uri.EscapeDataString(bookmarkId)}/complete";
}
