using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Tests.Features.Workspace;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class EveryTemplateRunsTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Where each template's first workflow stands once started and its first form is completed with valid values: the
    /// status and the activities it then waits at (none when it finished).
    /// </summary>
    private static readonly Dictionary<string, (WorkflowStatus Status, string[] WaitingAt)> Expected = new()
    {
        ["andon-escalation"] = (WorkflowStatus.Finished, []),
        ["five-s-audit"] = (WorkflowStatus.Finished, []),
        ["incident-reporting"] = (WorkflowStatus.Suspended, ["close"]),
        ["inventory-bom"] = (WorkflowStatus.Finished, []),
        ["machine-downtime"] = (WorkflowStatus.Finished, []),
        ["maintenance-orders"] = (WorkflowStatus.Suspended, ["repair"]),
        ["oee-calculator"] = (WorkflowStatus.Finished, []),
        ["quality-inspection"] = (WorkflowStatus.Finished, []),
        ["work-instructions"] = (WorkflowStatus.Suspended, ["review"]),
        ["work-orders"] = (WorkflowStatus.Suspended, ["release"]),
    };

    [Theory, BothDatabases]
    public async Task Every_shipped_template_installs_into_a_fresh_firm_and_its_first_workflow_runs_to_its_next_step(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var outcomes = new List<string>();
        foreach (var template in WorkspaceHarness.Shipped.Templates)
        {
            var firm = await ws.Portal.CreateOrganisationAsync(OrganisationKind.Firm);
            await ws.InstallAsync(template, firm);
            var instance = await RunFirstWorkflowAsync(ws, firm, template.Workflows[0].Definition.DefinitionId, template.Slug);
            Assert.True(instance.Incidents.Count == 0, $"{template.Slug}: {string.Join("; ", instance.Incidents.Select(i => i.Message))}");
            outcomes.Add($"{template.Slug}: {instance.Status} at [{string.Join(", ", instance.Bookmarks.Select(b => b.ActivityId).Order())}]");
        }

        var expected = WorkspaceHarness.Shipped.Templates.Select(t => $"{t.Slug}: {Expected[t.Slug].Status} at [{string.Join(", ", Expected[t.Slug].WaitingAt)}]");
        Assert.Equal(string.Join("\n", expected), string.Join("\n", outcomes));
    }

    /// <summary>
    /// Starts the installed first workflow as a firm admin would (a schedule or form trigger as if it fired), then
    /// completes its first human task, if it waits on one, with valid values for the task's form.
    /// </summary>
    private static async Task<WorkflowInstance> RunFirstWorkflowAsync(WorkspaceHarness ws, Organisation firm, string templateDefinitionId, string slug)
    {
        var admin = ws.Member(Roles.FirmAdmin, firm);
        var organisation = firm.Id.ToString();
        var definitionId = WorkspaceNames.DefinitionId(slug, templateDefinitionId);
        var definition = await ws.Service<IWorkflowStore>().FindPublishedAsync(organisation, definitionId, Ct);
        Assert.NotNull(definition);
        var targets = definition.Root.Connections.Select(c => c.Target.Activity).ToHashSet();
        var start = definition.Root.Activities.First(a => !targets.Contains(a.Id));
        string instanceId;
        if (start.Type is "Schedule" or "FormSubmitted")
        {
            var payload = start.Type == "FormSubmitted"
                ? ValidValues.For((await ws.As<WorkspaceStore>(admin).FindFormAsync(start.Input("form")!.Expression.Value!.GetValue<string>(), Ct))!.Form)
                : null;
            var started = await ws.Service<WorkflowExecutor>().StartAsync(definition,
                new StartRequest { OrganisationId = organisation, TriggerActivityId = start.Id, TriggerPayload = payload, Input = payload?.DeepClone() }, Ct);
            instanceId = started.Instance!.Id;
        }
        else
        {
            var started = await ws.As<WorkflowRuntime>(admin).StartAsync(definitionId, null, Ct);
            Assert.True(started!.Succeeded, $"{slug}: {string.Join("; ", started.Errors.Select(e => e.Message))}");
            instanceId = started.Value.Id;
        }
        var instance = (await ws.Service<IWorkflowStore>().FindInstanceAsync(organisation, instanceId, Ct))!;
        if (instance.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.HumanTask) is { } task)
        {
            var role = task.Payload?["assigneeRole"]?.GetValue<string>() ?? Roles.FirmAdmin;
            var form = await ws.As<WorkspaceStore>(admin).FindFormAsync(task.Payload!["form"]!.GetValue<string>(), Ct);
            Assert.NotNull(form);
            var completed = await ws.As<WorkspaceTasks>(ws.Member(role, firm)).CompleteAsync(task.Id, form, ValidValues.For(form.Form), Ct);
            Assert.True(completed!.Succeeded, $"{slug}: {string.Join("; ", completed.Errors.Select(e => e.Message))}");
            instance = (await ws.Service<IWorkflowStore>().FindInstanceAsync(organisation, instanceId, Ct))!;
        }
        return instance;
    }
}
