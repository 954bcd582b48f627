using System.Text.Json.Nodes;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Test runs from the designer: an instance of the latest saved version (the draft), recorded as a test so that lists
/// label it and production counts leave it out. It runs like any instance, tasks and timers included; a firm admin
/// may also move its waits on from the designer (a timer now, a signal with a payload) instead of waiting for them.
/// </summary>
public sealed class WorkflowTestRuns(
    IWorkflowStore store, WorkflowExecutor executor, WorkflowRunner runner, WorkflowTestRunStore testRuns, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Starts a test run with <paramref name="inputJson"/> (see <see cref="TestRunInput"/>), checked against the draft's
    /// variables first; null when the organisation has no such workflow.
    /// </summary>
    public async Task<Result<WorkflowInstance>?> StartWithInputAsync(string definitionId, string? inputJson, CancellationToken cancellationToken = default)
    {
        var draft = await store.FindLatestAsync(OrganisationKey.Format(actor.RequireOrganisationId()), definitionId, cancellationToken);
        if (draft is null)
            return null;
        var input = TestRunInput.Read(inputJson, draft.Variables);
        return input.Succeeded ? await StartAsync(definitionId, input.Value, cancellationToken) : Result<WorkflowInstance>.Failure(input.Errors);
    }

    /// <summary>
    /// Moves a test run on at one of its waits other than a task (a timer fires now, a signal, webhook or callback
    /// arrives with <paramref name="payload"/>); tasks are completed like any task. Firm admins only. Null when the
    /// organisation has no such test run or the run has no such wait.
    /// </summary>
    public async Task<Result<WorkflowInstance>?> FireAsync(string instanceId, string bookmarkId, JsonNode? payload, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        if (!await testRuns.IsTestRunAsync(orgId, instanceId, cancellationToken))
            return null;
        if (!actor.IsInRole(Roles.FirmAdmin))
            return Result<WorkflowInstance>.Failure(WorkflowErrors.NotYours());
        string? activityId = null;
        var result = await executor.RunAsync(OrganisationKey.Format(orgId), instanceId, (definition, instance) =>
        {
            var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId && b.Kind is not (BookmarkKind.HumanTask or BookmarkKind.Approval));
            activityId = bookmark?.ActivityId;
            return bookmark is null
                ? new BurstResult { Instance = instance, PreviousRevision = instance.Revision, Changed = false }
                : runner.Resume(definition, instance, bookmarkId, payload?.DeepClone());
        }, cancellationToken);
        switch (result.Outcome)
        {
            case ExecutionOutcome.Saved:
                await audit.RecordAsync(new AuditRecord("workflow.test-run-fired", "WorkflowInstance", instanceId, $"Wait '{activityId}' of a test run fired"), cancellationToken);
                return result.Instance!;
            case ExecutionOutcome.Unchanged when activityId is null:
            case ExecutionOutcome.NotFound:
                return null;
            case ExecutionOutcome.Unchanged:
                return Result<WorkflowInstance>.Failure(WorkflowErrors.CannotApply("This wait has already moved on."));
            default:
                return Result<WorkflowInstance>.Failure(WorkflowErrors.InstanceBusy());
        }
    }

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
