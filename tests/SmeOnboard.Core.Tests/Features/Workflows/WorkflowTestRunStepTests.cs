using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>A test run starts with checked input, and a firm admin moves its waits on from the designer.</summary>
[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowTestRunStepTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> DraftAsync(RuntimeHarness wf, Func<string, SmeOnboard.Workflows.Model.WorkflowDefinition> flow, string prefix)
    {
        var id = $"{prefix}-{Guid.NewGuid():N}";
        Assert.True((await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, WorkflowJson.Serialize(flow(id)), Ct)).Succeeded);
        return id;
    }

    [Theory, BothDatabases]
    public async Task A_test_run_with_input_of_the_wrong_type_is_refused_and_with_fitting_input_it_sets_the_variable(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await DraftAsync(wf, RuntimeFlows.Approval, "input-run");

        var refused = await wf.As<WorkflowTestRuns>().StartWithInputAsync(id, """{"comment": 5}""", Ct);
        var started = await wf.As<WorkflowTestRuns>().StartWithInputAsync(id, """{"comment": "from the test"}""", Ct);

        Assert.Equal("input.comment", Assert.Single(refused!.Errors).Field);
        Assert.Equal("from the test", started!.Value.Variables["comment"]!.GetValue<string>());
        Assert.Single(await wf.As<WorkflowRuntime>().ListInstancesAsync(id, Ct));
    }

    [Theory, BothDatabases]
    public async Task Firing_a_timer_of_a_test_run_moves_it_on_now(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await DraftAsync(wf, RuntimeFlows.Delay, "fire-timer");
        var run = (await wf.As<WorkflowTestRuns>().StartAsync(id, null, Ct))!.Value;

        var fired = await wf.As<WorkflowTestRuns>().FireAsync(run.Id, Assert.Single(run.Bookmarks).Id, null, Ct);

        Assert.Equal(WorkflowStatus.Finished, fired!.Value.Status);
    }

    [Theory, BothDatabases]
    public async Task Firing_a_device_signal_hands_its_payload_to_the_run(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await DraftAsync(wf, d => RuntimeFlows.Signal(d, $"press/{Guid.NewGuid():N}"), "fire-signal");
        var run = (await wf.As<WorkflowTestRuns>().StartAsync(id, null, Ct))!.Value;
        var wait = Assert.Single(run.Bookmarks);

        var fired = await wf.As<WorkflowTestRuns>().FireAsync(run.Id, wait.Id, new JsonObject { ["state"] = "STOPPED" }, Ct);
        var again = await wf.As<WorkflowTestRuns>().FireAsync(run.Id, wait.Id, null, Ct);

        Assert.Equal(WorkflowStatus.Finished, fired!.Value.Status);
        Assert.Null(again);
    }

    [Theory, BothDatabases]
    public async Task Waits_of_a_normal_run_and_tasks_cannot_be_fired_and_a_member_may_not_fire(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var normal = await wf.PublishAndStartAsync(RuntimeFlows.Delay($"normal-{Guid.NewGuid():N}"));
        var normalWait = Assert.Single((await wf.Store.FindInstanceAsync(SmeOnboard.Core.Features.Workflows.OrganisationKey.Format(wf.Firm.Id), normal, Ct))!.Bookmarks);
        var taskFlow = await DraftAsync(wf, d => RuntimeFlows.Task(d, Roles.FirmAdmin), "fire-task");
        var taskRun = (await wf.As<WorkflowTestRuns>().StartAsync(taskFlow, null, Ct))!.Value;
        var timerFlow = await DraftAsync(wf, RuntimeFlows.Delay, "fire-member");
        var timerRun = (await wf.As<WorkflowTestRuns>().StartAsync(timerFlow, null, Ct))!.Value;

        Assert.Null(await wf.As<WorkflowTestRuns>().FireAsync(normal, normalWait.Id, null, Ct));
        Assert.Null(await wf.As<WorkflowTestRuns>().FireAsync(taskRun.Id, Assert.Single(taskRun.Bookmarks).Id, null, Ct));
        var byMember = await wf.As<WorkflowTestRuns>(wf.Member(Roles.FirmMember)).FireAsync(timerRun.Id, Assert.Single(timerRun.Bookmarks).Id, null, Ct);
        Assert.Equal(WorkflowErrors.NotAssignee, Assert.Single(byMember!.Errors).Code);
        Assert.Null(await wf.As<WorkflowTestRuns>(wf.Member(Roles.FirmAdmin, wf.Other)).FireAsync(timerRun.Id, Assert.Single(timerRun.Bookmarks).Id, null, Ct));
    }
}
