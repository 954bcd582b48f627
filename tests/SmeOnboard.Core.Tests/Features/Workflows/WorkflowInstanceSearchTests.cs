using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>The instance list's filters and paging, within one firm.</summary>
[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowInstanceSearchTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Instances_are_filtered_by_workflow_status_start_date_and_id_and_paged(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var waiting = $"search-task-{Guid.NewGuid():N}";
        var first = await wf.PublishAndStartAsync(RuntimeFlows.Task(waiting, Roles.FirmMember));
        wf.Clock.Advance(TimeSpan.FromDays(2));
        var second = await StartAsync(wf, waiting);
        // Newest first needs distinct start times; two starts in the same tick have no order a person could expect.
        wf.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await StartAsync(wf, waiting);
        var runtime = wf.As<WorkflowRuntime>();

        var all = await runtime.SearchInstancesAsync(new InstanceQuery { DefinitionId = waiting, PageSize = 2 }, Ct);
        var pageTwo = await runtime.SearchInstancesAsync(new InstanceQuery { DefinitionId = waiting, PageSize = 2, Page = 1 }, Ct);
        var suspended = await runtime.SearchInstancesAsync(new InstanceQuery { DefinitionId = waiting, Status = WorkflowStatus.Suspended }, Ct);
        var finished = await runtime.SearchInstancesAsync(new InstanceQuery { DefinitionId = waiting, Status = WorkflowStatus.Finished }, Ct);
        var recent = await runtime.SearchInstancesAsync(new InstanceQuery { DefinitionId = waiting, StartedFrom = wf.Clock.GetUtcNow().AddDays(-1) }, Ct);
        var early = await runtime.SearchInstancesAsync(new InstanceQuery { DefinitionId = waiting, StartedBefore = wf.Clock.GetUtcNow().AddDays(-1) }, Ct);
        var byId = await runtime.SearchInstancesAsync(new InstanceQuery { IdContains = second[4..12].ToUpperInvariant() }, Ct);
        var otherFirm = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmAdmin, wf.Other)).SearchInstancesAsync(new InstanceQuery { DefinitionId = waiting }, Ct);

        Assert.Equal(3, all.Total);
        Assert.Equal([third, second], all.Items.Select(i => i.Id));
        Assert.Equal([first], pageTwo.Items.Select(i => i.Id));
        Assert.Equal(3, suspended.Total);
        Assert.Equal(0, finished.Total);
        Assert.Equal([third, second], recent.Items.Select(i => i.Id));
        Assert.Equal([first], early.Items.Select(i => i.Id));
        Assert.Equal([second], byId.Items.Select(i => i.Id));
        Assert.Equal(0, otherFirm.Total);
    }

    private static async Task<string> StartAsync(RuntimeHarness wf, string definitionId) =>
        (await wf.As<WorkflowRuntime>().StartAsync(definitionId, null, Ct))!.Value.Id;
}
