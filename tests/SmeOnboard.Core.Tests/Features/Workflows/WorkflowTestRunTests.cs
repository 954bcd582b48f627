using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Tests.Features.Workflows;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowTestRunTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task A_test_run_starts_the_unpublished_draft_and_is_listed_as_a_test(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = $"test-run-{Guid.NewGuid():N}";
        Assert.True((await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, WorkflowJson.Serialize(RuntimeFlows.Task(id, Roles.FirmAdmin)), Ct)).Succeeded);

        var started = await wf.As<WorkflowTestRuns>().StartAsync(id, null, Ct);

        Assert.True(started!.Succeeded);
        Assert.Equal((1, WorkflowStatus.Suspended), (started.Value.DefinitionVersion, started.Value.Status));
        var listed = Assert.Single(await wf.As<WorkflowRuntime>().ListInstancesAsync(id, Ct));
        Assert.True(listed.IsTest);
        Assert.True(await wf.As<WorkflowTestRuns>().IsTestRunAsync(started.Value.Id, Ct));
    }

    [Theory, BothDatabases]
    public async Task An_instance_started_normally_is_not_a_test(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = $"prod-run-{Guid.NewGuid():N}";

        var instanceId = await wf.PublishAndStartAsync(RuntimeFlows.Task(id, Roles.FirmAdmin));

        Assert.False(Assert.Single(await wf.As<WorkflowRuntime>().ListInstancesAsync(id, Ct)).IsTest);
        Assert.False(await wf.As<WorkflowTestRuns>().IsTestRunAsync(instanceId, Ct));
    }

    [Theory, BothDatabases]
    public async Task Each_saved_burst_of_a_test_run_is_announced_to_listeners(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = $"announced-{Guid.NewGuid():N}";
        Assert.True((await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, WorkflowJson.Serialize(RuntimeFlows.Task(id, Roles.FirmAdmin)), Ct)).Succeeded);
        var heard = new List<string>();
        wf.As<WorkflowInstanceChanges>().Saved += heard.Add;

        var started = (await wf.As<WorkflowTestRuns>().StartAsync(id, null, Ct))!.Value;
        var task = Assert.Single(started.Bookmarks);
        await wf.As<WorkflowRuntime>().CompleteTaskAsync(task.Id, new TaskCompletion(), Ct);

        Assert.Equal([started.Id, started.Id], heard);
    }

    [Theory, BothDatabases]
    public async Task Another_firm_cannot_test_run_a_firms_draft(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = $"mine-{Guid.NewGuid():N}";
        Assert.True((await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, WorkflowJson.Serialize(RuntimeFlows.Task(id, Roles.FirmAdmin)), Ct)).Succeeded);

        Assert.Null(await wf.As<WorkflowTestRuns>(wf.Member(Roles.FirmAdmin, wf.Other)).StartAsync(id, null, Ct));
    }
}
