using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workflows;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class WorkflowTaskListTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, BothDatabases]
    public async Task Open_tasks_are_listed_to_their_role_only_and_never_to_another_firm(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var definitionId = $"inbox-{Guid.NewGuid():N}";
        var id = await wf.PublishAndStartAsync(RuntimeFlows.Task(definitionId, Roles.FirmAdmin));

        var admin = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmAdmin)).ListMyTasksAsync(Ct);
        var member = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmMember)).ListMyTasksAsync(Ct);
        var otherFirm = await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmAdmin, wf.Other)).ListMyTasksAsync(Ct);

        var task = Assert.Single(admin, t => t.InstanceId == id);
        Assert.Equal((definitionId, BookmarkKind.HumanTask, Roles.FirmAdmin), (task.DefinitionId, task.Kind, task.AssigneeRole));
        Assert.False(string.IsNullOrEmpty(task.Title));
        Assert.DoesNotContain(member, t => t.InstanceId == id);
        Assert.DoesNotContain(otherFirm, t => t.InstanceId == id);
    }

    [Theory, BothDatabases]
    public async Task A_firm_admin_sees_and_completes_a_task_for_members_so_a_one_person_firm_can_run_its_templates(DatabaseProvider provider)
    {
        await using var wf = await RuntimeHarness.StartAsync(databases, provider);
        var id = await wf.PublishAndStartAsync(RuntimeFlows.Task($"member-task-{Guid.NewGuid():N}", Roles.FirmMember));
        var admin = wf.As<WorkflowRuntime>(wf.Member(Roles.FirmAdmin));

        var task = Assert.Single(await admin.ListMyTasksAsync(Ct), t => t.InstanceId == id);
        var completed = await admin.CompleteTaskAsync(task.BookmarkId, new TaskCompletion(), Ct);

        Assert.True(completed!.Succeeded);
        Assert.DoesNotContain(await wf.As<WorkflowRuntime>(wf.Member(Roles.FirmAdmin, wf.Other)).ListMyTasksAsync(Ct), t => t.InstanceId == id);
    }
}
