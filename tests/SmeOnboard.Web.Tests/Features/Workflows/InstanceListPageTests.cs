using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workflows;

/// <summary>The runs page lists the firm's runs, each linking to its run viewer; members see no retry or cancel.</summary>
public sealed class InstanceListPageTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_started_run_is_listed_waiting_with_a_link_to_its_viewer_and_only_admins_may_cancel_it()
    {
        var admin = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);
        var member = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);
        var id = WebFlows.NewId("runs");
        var started = await admin.PublishAndStartAsync(id, WebFlows.Task(id));
        var instanceId = started["id"]!.GetValue<string>();

        var asAdmin = await admin.GetStringAsync($"/workflows/instances", Cancel);
        var asMember = await member.GetStringAsync($"/workflows/instances", Cancel);

        Assert.Contains($"href=\"/workflows/instances/{instanceId}\"", asAdmin);
        Assert.Contains($"href=\"/workflows/instances/{instanceId}\"", asMember);
        Assert.Contains("data-testid=\"cancel\"", asAdmin);
        Assert.DoesNotContain("data-testid=\"cancel\"", asMember);
    }
}
