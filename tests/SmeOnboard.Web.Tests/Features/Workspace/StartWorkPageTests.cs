using SmeOnboard.Web.Tests.Features.Workflows;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workspace;

/// <summary>The start-work page offers a firm its own published workflows that a person starts, and nothing else.</summary>
public sealed class StartWorkPageTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_workflow_that_starts_by_hand_is_offered_with_a_start_button()
    {
        var admin = await SignInNewFirmAsync("StartByHand");
        var id = WebFlows.NewId("start-by-hand");
        await admin.PublishAsync(id, WebFlows.Task(id));

        var page = await admin.GetStringAsync("/workspace/forms", Cancel);

        Assert.Contains($"data-workflow=\"{id}\"", page);
        Assert.Contains("Check the order", page);
        Assert.Contains("data-testid=\"manual-start-button\"", page);
    }

    [Fact]
    public async Task A_workflow_that_starts_from_a_webhook_or_is_only_a_draft_is_not_offered()
    {
        var admin = await SignInNewFirmAsync("StartByTrigger");
        var hook = WebFlows.NewId("start-by-hook");
        await admin.PublishAsync(hook, WebFlows.Hook(hook));
        var draft = WebFlows.NewId("start-draft");
        await admin.PutDraftAsync(draft, WebFlows.Task(draft));

        var page = await admin.GetStringAsync("/workspace/forms", Cancel);

        Assert.DoesNotContain(hook, page);
        Assert.DoesNotContain(draft, page);
        Assert.Contains("data-testid=\"manual-starts-none\"", page);
    }

    [Fact]
    public async Task Another_firms_workflows_are_not_offered()
    {
        var other = await SignInNewFirmAsync("StartOther");
        var id = WebFlows.NewId("start-private");
        await other.PublishAsync(id, WebFlows.Task(id));
        var admin = await SignInNewFirmAsync("StartOwn");

        var page = await admin.GetStringAsync("/workspace/forms", Cancel);

        Assert.DoesNotContain(id, page);
    }

    private async Task<HttpClient> SignInNewFirmAsync(string name)
    {
        var firm = await portal.RegisterFirmAsync(name);
        return await portal.SignInAsync(firm.AdminEmail, firm.Password);
    }
}
