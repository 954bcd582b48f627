using System.Net;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Features.Workflows;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>The designer, run and inbox pages show a firm its own workflows, runs and tasks, and never another firm's.</summary>
public sealed class DesignerPageTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_designer_lists_and_opens_the_firms_own_workflow()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var id = WebFlows.NewId("designer-own");
        await admin.PublishAsync(id, WebFlows.Task(id));

        var list = await admin.GetStringAsync("/workflows", Cancel);
        var designer = await admin.GetStringAsync($"/workflows/{id}", Cancel);

        Assert.Contains($"/workflows/{id}", list);
        Assert.Contains("data-testid=\"designer-title\"", designer);
        Assert.DoesNotContain("data-testid=\"workflow-not-found\"", designer);
    }

    [Fact]
    public async Task Another_firms_workflow_run_and_task_are_not_shown()
    {
        var firmB = await portal.RegisterFirmAsync("DesignerPages");
        var adminB = await portal.SignInAsync(firmB.AdminEmail, firmB.Password);
        var id = WebFlows.NewId("designer-private");
        var started = await adminB.PublishAndStartAsync(id, WebFlows.Task(id));
        var instanceId = started["id"]!.GetValue<string>();
        var adminA = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var memberA = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        var designer = await adminA.GetAsync($"/workflows/{id}", Cancel);
        var run = await adminA.GetStringAsync($"/workflows/instances/{instanceId}", Cancel);
        var list = await adminA.GetStringAsync("/workflows", Cancel);
        var inbox = await memberA.GetStringAsync("/tasks", Cancel);

        Assert.Equal(HttpStatusCode.OK, designer.StatusCode);
        Assert.Contains("data-testid=\"workflow-not-found\"", await designer.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("data-testid=\"instance-not-found\"", run);
        Assert.DoesNotContain(id, list);
        Assert.DoesNotContain(instanceId, inbox);
    }
}
