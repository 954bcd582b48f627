using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workflows;

/// <summary>The workflow API over HTTP as the demo firm's admin and member use it.</summary>
public sealed class WorkflowApiTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_workflow_is_started_waits_for_its_task_and_finishes_when_a_member_completes_it()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var member = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);
        var id = WebFlows.NewId("order-check");

        var started = await admin.PublishAndStartAsync(id, WebFlows.Task(id));
        var instanceId = started["id"]!.GetValue<string>();
        var bookmarkId = started["bookmarks"]![0]!["id"]!.GetValue<string>();
        var completed = await member.PostAsJsonAsync(WorkflowClient.TaskUrl(bookmarkId), new { fields = new { ok = true } }, Cancel);

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var details = await member.GetJsonAsync($"/api/v1/workflow-instances/{instanceId}");
        Assert.Equal("Finished", details["instance"]!["status"]!.GetValue<string>());
        Assert.Contains(details["journal"]!.AsArray(), j => j!["message"]?.GetValue<string>() == "checked");
        var listed = await member.GetJsonAsync($"/api/v1/workflow-instances?definitionId={id}");
        Assert.Equal(instanceId, Assert.Single(listed.AsArray())!["id"]!.GetValue<string>());
        var workflows = await member.GetJsonAsync("/api/v1/workflows");
        Assert.Contains(workflows.AsArray(), w => w!["definitionId"]!.GetValue<string>() == id && w["publishedVersion"]!.GetValue<int>() == 1);
    }

    [Fact]
    public async Task An_invalid_draft_answers_a_validation_problem_naming_the_activity_and_field()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var id = WebFlows.NewId("bad");

        var response = await admin.PutDraftAsync(id, WebFlows.MissingDuration(id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonNode>(Cancel))!;
        Assert.NotNull(problem["errors"]!["wait.duration"]);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/workflows/{id}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Malformed_json_answers_a_validation_problem_with_the_line()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);

        var response = await admin.PutDraftAsync("broken", "{ \"definitionId\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Invalid JSON", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_workflow_that_was_never_published_is_a_conflict()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var id = WebFlows.NewId("draft-only");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutDraftAsync(id, WebFlows.Task(id))).StatusCode);

        var response = await admin.PostAsync($"/api/v1/workflows/{id}/instances", null, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_signal_without_a_topic_is_a_validation_problem()
    {
        var member = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        var signal = await member.PostAsJsonAsync("/api/v1/signals", new { topic = "" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, signal.StatusCode);
        Assert.NotNull((await signal.Content.ReadFromJsonAsync<JsonNode>(Cancel))!["errors"]!["topic"]);
    }

    [Fact]
    public async Task A_webhook_call_with_the_issued_secret_starts_the_workflow_and_a_wrong_secret_starts_nothing()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var id = WebFlows.NewId("hook");
        await admin.PublishAsync(id, WebFlows.Hook(id));
        var issued = (await (await admin.PostAsync($"/api/v1/workflows/{id}/webhook-secret", null, Cancel)).Content.ReadFromJsonAsync<JsonNode>(Cancel))!;
        var secret = issued["secret"]!.GetValue<string>();
        var outsider = portal.CreateBrowser();

        var wrong = await CallHookAsync(outsider, issued["path"]!.GetValue<string>(), secret + "x");
        var missing = await CallHookAsync(outsider, issued["path"]!.GetValue<string>(), null);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (wrong.StatusCode, missing.StatusCode));
        Assert.Empty((await admin.GetJsonAsync($"/api/v1/workflow-instances?definitionId={id}")).AsArray());

        var right = await CallHookAsync(outsider, issued["path"]!.GetValue<string>(), secret);

        Assert.Equal(HttpStatusCode.Accepted, right.StatusCode);
        var startedId = (await right.Content.ReadFromJsonAsync<JsonNode>(Cancel))!["started"]!.GetValue<string>();
        var details = await admin.GetJsonAsync($"/api/v1/workflow-instances/{startedId}");
        Assert.Equal("Finished", details["instance"]!["status"]!.GetValue<string>());
        Assert.Equal(42, details["instance"]!["variables"]!["order"]!["number"]!.GetValue<int>());
    }

    private static Task<HttpResponseMessage> CallHookAsync(HttpClient client, string path, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("""{ "number": 42 }""", Encoding.UTF8, "application/json") };
        if (secret is not null)
            request.Headers.Add("X-Workflow-Secret", secret);
        return client.SendAsync(request, Cancel);
    }
}
