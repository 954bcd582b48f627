using System.Text.Json;
using Microsoft.Playwright;

namespace SmeOnboard.E2E.Features.Designer;

/// <summary>
/// The workflow API with the signed-in browser's cookie: for what a journey needs done but does not test (a prepared
/// draft, a start), and to read what the designer stored.
/// </summary>
public sealed class WorkflowApi(IPage page)
{
    public async Task SaveDraftAsync(string definitionId, object document)
    {
        var saved = await page.APIRequest.PutAsync($"/api/v1/workflows/{definitionId}/draft", new() { DataObject = document });
        Assert.True(saved.Ok, await saved.TextAsync());
    }

    public async Task PublishAsync(string definitionId)
    {
        var published = await page.APIRequest.PostAsync($"/api/v1/workflows/{definitionId}/publish");
        Assert.True(published.Ok, await published.TextAsync());
    }

    /// <summary>Starts the published version, as a firm member may; returns the new instance's id.</summary>
    public async Task<string> StartAsync(string definitionId)
    {
        var started = await page.APIRequest.PostAsync($"/api/v1/workflows/{definitionId}/instances");
        Assert.True(started.Status == 201, await started.TextAsync());
        var body = await started.JsonAsync();
        return body!.Value.GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> DraftAsync(string definitionId)
    {
        var response = await page.APIRequest.GetAsync($"/api/v1/workflows/{definitionId}");
        Assert.True(response.Ok, await response.TextAsync());
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>Waits for the stored draft to meet <paramref name="condition"/>; autosave runs a moment after each change.</summary>
    public async Task WaitForDraftAsync(string definitionId, Func<JsonElement, bool> condition)
    {
        var last = "";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var response = await page.APIRequest.GetAsync($"/api/v1/workflows/{definitionId}");
            last = await response.TextAsync();
            if (response.Ok && await response.JsonAsync() is { } draft && condition(draft))
                return;
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"The draft of {definitionId} never reached the expected state; it is: {last}");
    }

    /// <summary>The activities of a stored draft's flowchart.</summary>
    public static JsonElement Activities(JsonElement draft) => draft.GetProperty("document").GetProperty("root").GetProperty("activities");

    public static JsonElement Connections(JsonElement draft) => draft.GetProperty("document").GetProperty("root").GetProperty("connections");
}
