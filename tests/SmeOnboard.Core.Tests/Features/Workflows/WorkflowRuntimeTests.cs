using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowRuntimeTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId(string name) => $"{name}-{Guid.NewGuid():N}";

    [Theory, BothDatabases]
    public async Task A_started_instance_waits_at_its_human_task_and_finishes_when_an_assignee_completes_it(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await wf.PublishAndStartAsync(RuntimeFlows.Task(NewId("task"), Roles.FirmMember));
        var waiting = await wf.As<WorkflowRuntime>().FindInstanceAsync(id, Ct);
        var task = Assert.Single(waiting!.Instance.Bookmarks);
        Assert.Equal((WorkflowStatus.Suspended, BookmarkKind.HumanTask), (waiting.Instance.Status, task.Kind));

        var completed = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmMember))
            .CompleteTaskAsync(task.Id, new TaskCompletion { Fields = new JsonObject { ["ok"] = true } }, Ct);

        Assert.True(completed!.Succeeded);
        var finished = await wf.As<WorkflowRuntime>().FindInstanceAsync(id, Ct);
        Assert.Equal(WorkflowStatus.Finished, finished!.Instance.Status);
        Assert.Equal("""{"ok":true}""", finished.Instance.Variables["answers"]!.ToJsonString());
        Assert.Contains(finished.Journal, j => j.Kind == JournalKind.Log && j.Message == "checked");
    }

    [Theory, BothDatabases]
    public async Task A_task_is_refused_to_someone_outside_its_role_and_unknown_to_another_firm(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await wf.PublishAndStartAsync(RuntimeFlows.Task(NewId("task"), Roles.FirmAdmin));
        var task = (await wf.Store.FindInstanceAsync(wf.Firm.Id.ToString(), id, Ct))!.Bookmarks.Single();

        var byMember = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmMember)).CompleteTaskAsync(task.Id, new TaskCompletion(), Ct);
        var byOtherFirm = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmAdmin, wf.Other)).CompleteTaskAsync(task.Id, new TaskCompletion(), Ct);

        Assert.Equal(WorkflowErrors.NotAssignee, Assert.Single(byMember!.Errors).Code);
        Assert.Null(byOtherFirm);
        Assert.Equal(WorkflowStatus.Suspended, (await wf.Store.FindInstanceAsync(wf.Firm.Id.ToString(), id, Ct))!.Status);
    }

    [Theory, BothDatabases]
    public async Task A_rejected_approval_continues_on_its_rejected_branch_and_keeps_the_comment(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await wf.PublishAndStartAsync(RuntimeFlows.Approval(NewId("approval")));
        var approval = (await wf.Store.FindInstanceAsync(wf.Firm.Id.ToString(), id, Ct))!.Bookmarks.Single();

        var undecided = await wf.As<WorkflowRuntime>().CompleteTaskAsync(approval.Id, new TaskCompletion { Comment = "?" }, Ct);
        var rejected = await wf.As<WorkflowRuntime>().CompleteTaskAsync(approval.Id, new TaskCompletion { Decision = "Rejected", Comment = "Too dear" }, Ct);

        Assert.Equal("decision", Assert.Single(undecided!.Errors).Field);
        Assert.True(rejected!.Succeeded);
        var details = await wf.As<WorkflowRuntime>().FindInstanceAsync(id, Ct);
        Assert.Equal(WorkflowStatus.Finished, details!.Instance.Status);
        Assert.Equal("Too dear", details.Instance.Variables["comment"]!.GetValue<string>());
        Assert.Equal(["rejected"], details.Journal.Where(j => j.Kind == JournalKind.Log).Select(j => j.Message));
    }

    [Theory, BothDatabases]
    public async Task A_device_signal_resumes_only_the_matching_bookmarks_of_the_same_firm(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var topic = $"plant1/{Guid.NewGuid():N}/temperature";
        var definition = RuntimeFlows.Signal(NewId("signal"), topic);
        var first = await wf.PublishAndStartAsync(definition);
        var second = await wf.PublishAndStartAsync(definition);
        var otherTopic = await wf.PublishAndStartAsync(RuntimeFlows.Signal(NewId("signal"), topic + "/other"));
        var otherFirm = await wf.PublishAndStartAsync(definition, wf.Other);

        var resumed = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmMember)).SignalAsync(topic, JsonValue.Create(81), Ct);

        Assert.Equal(new[] { first, second }.Order(), resumed.Resumed.Order());
        Assert.Empty(resumed.Started);
        Assert.Equal(WorkflowStatus.Finished, (await wf.Store.FindInstanceAsync(wf.Firm.Id.ToString(), first, Ct))!.Status);
        Assert.Equal(WorkflowStatus.Suspended, (await wf.Store.FindInstanceAsync(wf.Firm.Id.ToString(), otherTopic, Ct))!.Status);
        Assert.Equal(WorkflowStatus.Suspended, (await wf.Store.FindInstanceAsync(wf.Other.Id.ToString(), otherFirm, Ct))!.Status);
    }

    [Theory, BothDatabases]
    public async Task An_invalid_draft_is_refused_with_an_error_naming_the_activity_and_field(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = NewId("bad");
        var json = $$"""
            { "definitionId": "{{id}}", "name": "Bad", "root": { "type": "Flowchart",
              "activities": [ { "id": "wait", "type": "Delay", "inputs": {} } ], "connections": [] } }
            """;

        var saved = await wf.As<WorkflowDefinitions>().SaveDraftAsync(id, json, Ct);

        Assert.Equal("wait.duration", Assert.Single(saved.Errors).Field);
        Assert.Null(await wf.As<WorkflowDefinitions>().FindLatestAsync(id, Ct));
    }

    [Theory, BothDatabases]
    public async Task An_instance_keeps_running_on_the_version_it_started_on_after_a_new_one_is_published(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var v1 = RuntimeFlows.Task(NewId("pinned"), Roles.FirmAdmin);
        var id = await wf.PublishAndStartAsync(v1);
        await wf.PublishAsync(RuntimeFlows.Approval(v1.DefinitionId));
        var task = (await wf.Store.FindInstanceAsync(wf.Firm.Id.ToString(), id, Ct))!.Bookmarks.Single();

        var completed = await wf.As<WorkflowRuntime>().CompleteTaskAsync(task.Id, new TaskCompletion(), Ct);

        Assert.Equal((1, WorkflowStatus.Finished), (completed!.Value.DefinitionVersion, completed.Value.Status));
    }

    [Theory, BothDatabases]
    public async Task Cancelling_an_instance_removes_its_waits_and_another_firm_cannot_cancel_it(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await wf.PublishAndStartAsync(RuntimeFlows.Delay(NewId("cancel")));

        Assert.Null(await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmAdmin, wf.Other)).CancelAsync(id, Ct));
        var cancelled = await wf.As<WorkflowRuntime>().CancelAsync(id, Ct);
        var again = await wf.As<WorkflowRuntime>().CancelAsync(id, Ct);

        Assert.Equal(WorkflowStatus.Cancelled, cancelled!.Value.Status);
        Assert.Empty(cancelled.Value.Bookmarks);
        Assert.Equal(WorkflowErrors.NotApplicable, Assert.Single(again!.Errors).Code);
        Assert.Equal(0, await wf.Portal.CountAsync("SELECT COUNT(*) FROM workflow_bookmarks WHERE instance_id = @id", new { id }));
    }
}
