using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Features.Workflows;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Tasks;

/// <summary>The inbox shows a firm member the tasks assigned to their role, and links to the run they belong to.</summary>
public sealed class TaskInboxTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_task_for_firm_members_appears_in_a_members_inbox_and_its_run_shows_it_waiting()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var member = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);
        var id = WebFlows.NewId("inbox");
        var started = await admin.PublishAndStartAsync(id, WebFlows.Task(id));
        var instanceId = started["id"]!.GetValue<string>();

        var inbox = await member.GetStringAsync("/tasks", Cancel);
        var run = await member.GetStringAsync($"/workflows/instances/{instanceId}", Cancel);

        Assert.Contains($"/workflows/instances/{instanceId}", inbox);
        Assert.Contains("Check the order", inbox);
        Assert.Contains("data-testid=\"instance-status\"", run);
        Assert.Contains("Waiting", run);
    }
}
