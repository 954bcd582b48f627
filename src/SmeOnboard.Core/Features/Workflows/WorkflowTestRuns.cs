using System.Text.Json.Nodes;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Test runs from the designer: an instance of the latest saved version (the draft), recorded as a test so that lists
/// label it and production counts leave it out. It runs like any instance, tasks and timers included.
/// </summary>
public sealed class WorkflowTestRuns(
    IWorkflowStore store, WorkflowExecutor executor, WorkflowTestRunStore testRuns, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>Null when the organisation has no such workflow.</summary>
    public async Task<Result<WorkflowInstance>?> StartAsync(string definitionId, JsonNode? input, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var organisation = OrganisationKey.Format(orgId);
        var draft = await store.FindLatestAsync(organisation, definitionId, cancellationToken);
        if (draft is null)
            return null;
        var started = await executor.StartAsync(draft, new StartRequest { OrganisationId = organisation, Input = input, StartedBy = StartedBy.User(actor.UserId) }, cancellationToken);
        if (started.Outcome != ExecutionOutcome.Saved)
            return Result<WorkflowInstance>.Failure(WorkflowErrors.InstanceBusy());
        var instanceId = started.Instance!.Id;
        await testRuns.RecordAsync(orgId, instanceId, actor.UserId, clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(new AuditRecord("workflow.test-run-started", "WorkflowInstance", instanceId,
            $"Test run of '{definitionId}' v{draft.Version} started"), cancellationToken);
        return started.Instance;
    }

    public Task<bool> IsTestRunAsync(string instanceId, CancellationToken cancellationToken = default) =>
        testRuns.IsTestRunAsync(actor.RequireOrganisationId(), instanceId, cancellationToken);
}
