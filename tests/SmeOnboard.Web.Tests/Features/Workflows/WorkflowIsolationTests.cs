using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workflows;

/// <summary>Signed in as the demo firm, another firm's workflows, instances and tasks are not found, and stay untouched.</summary>
public sealed class WorkflowIsolationTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Another_firms_definition_instance_and_task_answer_not_found()
    {
        var firmB = await portal.RegisterFirmAsync("Workflows");
        var adminB = await portal.SignInAsync(firmB.AdminEmail, firmB.Password);
        var id = WebFlows.NewId("private");
        var started = await adminB.PublishAndStartAsync(id, WebFlows.Task(id));
        var instanceId = started["id"]!.GetValue<string>();
        var bookmarkId = started["bookmarks"]![0]!["id"]!.GetValue<string>();
        var adminA = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await adminA.GetAsync($"/api/v1/workflows/{id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.PostAsync($"/api/v1/workflows/{id}/publish", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.PostAsync($"/api/v1/workflows/{id}/instances", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.PostAsync($"/api/v1/workflows/{id}/webhook-secret", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.GetAsync($"/api/v1/workflow-instances/{instanceId}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.PostAsync($"/api/v1/workflow-instances/{instanceId}/cancel", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.PostAsJsonAsync(WorkflowClient.TaskUrl(bookmarkId), new { fields = new { } }, Cancel)).StatusCode);
        Assert.DoesNotContain((await adminA.GetJsonAsync("/api/v1/workflows")).AsArray(), w => w!["definitionId"]!.GetValue<string>() == id);
        Assert.DoesNotContain((await adminA.GetJsonAsync("/api/v1/workflow-instances")).AsArray(), i => i!["id"]!.GetValue<string>() == instanceId);

        var stillWaiting = await adminB.GetJsonAsync($"/api/v1/workflow-instances/{instanceId}");
        Assert.Equal("Suspended", stillWaiting["instance"]!["status"]!.GetValue<string>());
    }
}
