using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Features.Workflows;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>The history page shows a firm its own workflow's versions and nothing of another firm's.</summary>
public sealed class WorkflowHistoryPageTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_firm_admin_sees_each_version_of_their_workflow_with_who_published_it()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var id = WebFlows.NewId("history-own");
        await admin.PublishAsync(id, WebFlows.Task(id));
        await admin.PublishAsync(id, WebFlows.Task(id));

        var history = await admin.GetStringAsync($"/workflows/{id}/history", Cancel);

        Assert.Contains("data-testid=\"version-2\"", history);
        Assert.Contains("data-testid=\"version-1\"", history);
        Assert.Contains("by Wang Li", history);
        Assert.DoesNotContain("data-testid=\"workflow-not-found\"", history);
    }

    [Fact]
    public async Task Another_firms_workflow_history_is_not_found()
    {
        var firmB = await portal.RegisterFirmAsync("HistoryPages");
        var adminB = await portal.SignInAsync(firmB.AdminEmail, firmB.Password);
        var id = WebFlows.NewId("history-private");
        await adminB.PublishAsync(id, WebFlows.Task(id));
        var adminA = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);

        var history = await adminA.GetStringAsync($"/workflows/{id}/history", Cancel);

        Assert.Contains("data-testid=\"workflow-not-found\"", history);
        Assert.DoesNotContain("data-testid=\"version-1\"", history);
    }
}
