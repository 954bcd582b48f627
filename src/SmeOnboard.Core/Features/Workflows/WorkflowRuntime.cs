using System.Globalization;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Runs the current organisation's workflows: start, complete tasks, send device signals, cancel and retry. The
/// organisation always comes from <see cref="ICurrentActor"/>; another organisation's instances and tasks are not found.
/// Methods return null for "not found" and a failed result for what the caller must put right.
/// </summary>
public sealed class WorkflowRuntime(
    IWorkflowStore store, WorkflowCatalog catalog, WorkflowExecutor executor, WorkflowTriggerStarter triggers, WorkflowRunner runner, ICurrentActor actor, AuditLog audit,
    WorkflowTaskStore tasks, TaskNotifier notifier, TimeProvider clock) : IOpenTaskCounter
{
    private const int MaxListed = 200;

    /// <summary>Starts an instance on the published version, which it keeps to its end; null when there is no such workflow.</summary>
    public async Task<Result<WorkflowInstance>?> StartAsync(string definitionId, JsonNode? input, CancellationToken cancellationToken = default)
    {
        var organisation = OrganisationKey.Format(actor.RequireOrganisationId());
        var definition = await store.FindPublishedAsync(organisation, definitionId, cancellationToken);
        if (definition is null)
            return await store.FindLatestAsync(organisation, definitionId, cancellationToken) is null
                ? null
                : Result<WorkflowInstance>.Failure(WorkflowErrors.NotPublishedYet(definitionId));
        var started = await executor.StartAsync(definition, new StartRequest { OrganisationId = organisation, Input = input, StartedBy = StartedBy.User(actor.UserId) }, cancellationToken);
        if (started.Outcome != ExecutionOutcome.Saved)
            return Result<WorkflowInstance>.Failure(WorkflowErrors.InstanceBusy());
        await audit.RecordAsync(new AuditRecord("workflow.started", "WorkflowInstance", started.Instance!.Id, $"Instance of '{definitionId}' v{definition.Version} started"), cancellationToken);
        return started.Instance!;
    }

    /// <summary>
    /// Completes a human task (with the form's fields) or an approval (with a decision and comment) the actor is assigned
    /// to, by role or as a person. Null when the organisation has no such open task.
    /// </summary>
    public Task<Result<WorkflowInstance>?> CompleteTaskAsync(string bookmarkId, TaskCompletion completion, CancellationToken cancellationToken = default) =>
        CompleteTaskAsync(bookmarkId, completion, null, cancellationToken);

    /// <summary>
    /// Completes the task as above, with the outbox message <paramref name="alsoCommit"/> makes from the task's bookmark
    /// committed in the same burst: the task is completed and the message is kept together, or neither.
    /// </summary>
    public async Task<Result<WorkflowInstance>?> CompleteTaskAsync(
        string bookmarkId, TaskCompletion completion, Func<Bookmark, OutboxMessage>? alsoCommit, CancellationToken cancellationToken)
    {
        var orgId = actor.RequireOrganisationId();
        var bookmark = await catalog.FindBookmarkAsync(orgId, bookmarkId, cancellationToken);
        if (bookmark is null || bookmark.Kind is not (BookmarkKind.HumanTask or BookmarkKind.Approval))
            return null;
        if (!await IsAssignedAsync(orgId, bookmark, cancellationToken))
            return Result<WorkflowInstance>.Failure(WorkflowErrors.NotYours());
        if (await tasks.FindClaimAsync(orgId, bookmarkId, cancellationToken) is { } claim && claim.ClaimedBy != actor.UserId)
            return Result<WorkflowInstance>.Failure(WorkflowErrors.TakenBy(claim.ClaimedByName));
        JsonNode payload;
        if (bookmark.Kind == BookmarkKind.Approval)
        {
            if (completion.Decision is not (Outcome.Approved or Outcome.Rejected))
                return Result<WorkflowInstance>.Failure(WorkflowErrors.Invalid("decision", $"An approval needs a decision: {Outcome.Approved} or {Outcome.Rejected}."));
            payload = new JsonObject { ["decision"] = completion.Decision, ["comment"] = completion.Comment };
        }
        else
        {
            payload = completion.Fields?.DeepClone() ?? new JsonObject();
        }
        var result = await executor.RunAsync(OrganisationKey.Format(orgId), bookmark.InstanceId,
            (definition, instance) => WithMessage(runner.Resume(definition, instance, bookmarkId, payload), bookmark, alsoCommit), cancellationToken);
        var outcome = ToResult(result, "The task was already completed.");
        if (outcome is { Succeeded: true })
            await RecordCompletionAsync(orgId, bookmark, outcome.Value.DefinitionId, payload, cancellationToken);
        if (outcome is { Succeeded: true })
            await audit.RecordAsync(new AuditRecord("workflow.task-completed", "WorkflowInstance", bookmark.InstanceId,
                bookmark.Kind == BookmarkKind.Approval ? $"Approval '{bookmark.ActivityId}': {completion.Decision}" : $"Task '{bookmark.ActivityId}' completed"), cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Hands a device signal to the organisation: first the instances waiting on its topic move on, then each published
    /// workflow that starts with a DeviceSignal trigger on the topic gets a new instance (in that order, so a new
    /// instance never takes the same signal twice).
    /// </summary>
    public async Task<SignalResult> SignalAsync(string topic, JsonNode? payload, CancellationToken cancellationToken = default)
    {
        var organisation = OrganisationKey.Format(actor.RequireOrganisationId());
        var stimulus = new Stimulus(BookmarkKind.DeviceSignal, topic, payload);
        var resumed = await executor.ResumeAsync(organisation, stimulus, cancellationToken: cancellationToken);
        var started = await triggers.StartAsync(organisation, stimulus, cancellationToken);
        foreach (var instance in started)
            await audit.RecordAsync(new AuditRecord("workflow.started", "WorkflowInstance", instance.Id,
                $"Instance of '{instance.DefinitionId}' v{instance.DefinitionVersion} started by a device signal on '{topic}'"), cancellationToken);
        return new SignalResult(resumed.Select(i => i.Id).ToList(), started.Select(i => i.Id).ToList());
    }

    public async Task<Result<WorkflowInstance>?> CancelAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var result = await RunForCurrentAsync(instanceId, (definition, instance) => runner.Cancel(definition, instance), "The instance has already ended.", cancellationToken);
        if (result is { Succeeded: true })
            await audit.RecordAsync(new AuditRecord("workflow.cancelled", "WorkflowInstance", instanceId, "Instance cancelled"), cancellationToken);
        return result;
    }

    /// <summary>Retries a faulted instance from the activity that failed.</summary>
    public async Task<Result<WorkflowInstance>?> RetryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var result = await RunForCurrentAsync(instanceId, (definition, instance) => runner.Retry(definition, instance), "Only a faulted instance can be retried.", cancellationToken);
        if (result is { Succeeded: true })
            await audit.RecordAsync(new AuditRecord("workflow.retried", "WorkflowInstance", instanceId, "Faulted instance retried"), cancellationToken);
        return result;
    }

    public Task<IReadOnlyList<InstanceSummary>> ListInstancesAsync(string? definitionId = null, CancellationToken cancellationToken = default) =>
        catalog.ListInstancesAsync(actor.RequireOrganisationId(), definitionId, MaxListed, cancellationToken);

    /// <summary>A page of the organisation's instances matching <paramref name="query"/>, newest first.</summary>
    public Task<InstancePage> SearchInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default) =>
        catalog.SearchInstancesAsync(actor.RequireOrganisationId(), query, cancellationToken);

    /// <summary>The members who started at least one of the organisation's instances (id and name), for a filter.</summary>
    public Task<IReadOnlyList<(string UserId, string Name)>> ListStartersAsync(CancellationToken cancellationToken = default) =>
        catalog.ListStartersAsync(actor.RequireOrganisationId(), cancellationToken);

    public async Task<InstanceDetails?> FindInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var organisation = OrganisationKey.Format(orgId);
        var instance = await store.FindInstanceAsync(organisation, instanceId, cancellationToken);
        return instance is null ? null : new InstanceDetails
        {
            Instance = instance,
            Journal = await store.GetJournalAsync(organisation, instanceId, cancellationToken),
            StartedByName = await catalog.FindStarterNameAsync(orgId, instanceId, cancellationToken),
        };
    }

    /// <summary>
    /// Takes an open task the actor may do for them alone, so the others of its role see it as taken. Null when the
    /// organisation has no such open task; a failure when it is someone else's or another person took it first.
    /// </summary>
    public async Task<Result<TaskClaim>?> ClaimTaskAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var bookmark = await catalog.FindBookmarkAsync(orgId, bookmarkId, cancellationToken);
        if (bookmark is null || bookmark.Kind is not (BookmarkKind.HumanTask or BookmarkKind.Approval))
            return null;
        if (actor.UserId is not { } userId || !await IsAssignedAsync(orgId, bookmark, cancellationToken))
            return Result<TaskClaim>.Failure(WorkflowErrors.NotYours());
        var won = await tasks.TryClaimAsync(orgId, bookmarkId, userId, actor.Name, cancellationToken);
        var claim = await tasks.FindClaimAsync(orgId, bookmarkId, cancellationToken);
        if (claim is null)
            return null;
        if (claim.ClaimedBy != userId)
            return Result<TaskClaim>.Failure(WorkflowErrors.TakenBy(claim.ClaimedByName));
        if (won)
        {
            notifier.Signal(orgId);
            await audit.RecordAsync(new AuditRecord("workflow.task-claimed", "WorkflowInstance", bookmark.InstanceId, $"Task '{bookmark.ActivityId}' claimed"), cancellationToken);
        }
        return claim;
    }

    /// <summary>Gives a task the actor claimed back to its role (a firm admin may free anyone's); false when there was no such claim.</summary>
    public async Task<bool> ReleaseTaskAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        if (actor.UserId is not { } userId
            || !await tasks.ReleaseAsync(orgId, bookmarkId, userId, anyone: actor.IsInRole(Roles.FirmAdmin), cancellationToken))
            return false;
        notifier.Signal(orgId);
        await audit.RecordAsync(new AuditRecord("workflow.task-released", "WorkflowBookmark", bookmarkId, "Task released"), cancellationToken);
        return true;
    }

    /// <summary>
    /// Completed tasks, newest first: a firm admin sees the organisation's, anyone else those they completed or that
    /// were assigned to one of their roles.
    /// </summary>
    public Task<IReadOnlyList<CompletedTask>> ListCompletedTasksAsync(CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var roles = actor.IsInRole(Roles.FirmAdmin) ? null : Roles.All.Where(actor.IsInRole).ToList();
        return tasks.ListHistoryAsync(orgId, actor.UserId ?? Guid.Empty, roles, MaxListed, cancellationToken);
    }

    /// <summary>How many open tasks the actor could pick up now: theirs, or their role's that nobody else has taken.</summary>
    public async Task<int> CountOpenTasksAsync(CancellationToken cancellationToken = default) =>
        (await ListMyTasksAsync(cancellationToken)).Count(t => t.Claim is null || t.Claim.ClaimedBy == actor.UserId);

    /// <summary>The open human tasks and approvals the actor may complete: assigned to one of their roles or to them.</summary>
    public async Task<IReadOnlyList<OpenTask>> ListMyTasksAsync(CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        var mine = new List<OpenTask>();
        foreach (var (bookmark, definitionId, claim) in await catalog.ListOpenTasksAsync(orgId, MaxListed, cancellationToken))
        {
            if (await IsAssignedAsync(orgId, bookmark, cancellationToken))
                mine.Add(ToTask(bookmark, definitionId, claim, await IsPersonallyAssignedAsync(orgId, bookmark, cancellationToken)));
        }
        return mine;
    }

    private static BurstResult WithMessage(BurstResult burst, Bookmark bookmark, Func<Bookmark, OutboxMessage>? alsoCommit) =>
        alsoCommit is null || !burst.Changed ? burst : burst.WithOutbox(alsoCommit(bookmark));

    private static string? Text(Bookmark bookmark, string name) =>
        bookmark.Payload?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static OpenTask ToTask(Bookmark bookmark, string definitionId, TaskClaim? claim, bool personal)
    {
        string? Text(string name) => WorkflowRuntime.Text(bookmark, name);
        return new OpenTask
        {
            BookmarkId = bookmark.Id,
            InstanceId = bookmark.InstanceId,
            DefinitionId = definitionId,
            ActivityId = bookmark.ActivityId,
            Kind = bookmark.Kind,
            Title = Text("title") ?? bookmark.ActivityId,
            Details = Text("details"),
            Form = Text("form"),
            AssigneeRole = Text("assigneeRole"),
            AssigneeUser = Text("assigneeUser"),
            DueAt = DateTimeOffset.TryParse(Text("dueDate"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var due) ? due : null,
            CreatedAt = bookmark.CreatedAt,
            Claim = claim,
            AssignedToMe = personal,
        };
    }

    private async Task RecordCompletionAsync(Guid orgId, Bookmark bookmark, string definitionId, JsonNode submitted, CancellationToken cancellationToken)
    {
        var completed = new CompletedTask
        {
            BookmarkId = bookmark.Id,
            InstanceId = bookmark.InstanceId,
            DefinitionId = definitionId,
            ActivityId = bookmark.ActivityId,
            Kind = bookmark.Kind.ToString(),
            Title = Text(bookmark, "title") ?? bookmark.ActivityId,
            CompletedBy = actor.UserId ?? Guid.Empty,
            CompletedByName = actor.Name,
            CompletedAt = clock.GetUtcNow(),
            Submitted = submitted.ToJsonString(),
        };
        await tasks.RecordCompletionAsync(orgId, completed, Text(bookmark, "assigneeRole"), Text(bookmark, "assigneeUser"), cancellationToken);
    }

    private async Task<Result<WorkflowInstance>?> RunForCurrentAsync(
        string instanceId, Func<WorkflowDefinition, WorkflowInstance, BurstResult> burst, string unchangedMessage, CancellationToken cancellationToken)
    {
        var organisation = OrganisationKey.Format(actor.RequireOrganisationId());
        return ToResult(await executor.RunAsync(organisation, instanceId, burst, cancellationToken), unchangedMessage);
    }

    private static Result<WorkflowInstance>? ToResult(ExecutionResult result, string unchangedMessage) => result.Outcome switch
    {
        ExecutionOutcome.Saved => result.Instance!,
        ExecutionOutcome.NotFound => null,
        ExecutionOutcome.Unchanged => Result<WorkflowInstance>.Failure(WorkflowErrors.CannotApply(unchangedMessage)),
        _ => Result<WorkflowInstance>.Failure(WorkflowErrors.InstanceBusy()),
    };

    // A firm admin may do whatever a member may; in a one-person firm nobody else would ever see a member's task.
    private bool AdminStandsInForMember(string role) => role == Roles.FirmMember && actor.IsInRole(Roles.FirmAdmin);

    private async Task<bool> IsAssignedAsync(Guid orgId, Bookmark bookmark, CancellationToken cancellationToken)
    {
        var role = bookmark.Payload?["assigneeRole"]?.GetValue<string>();
        return (!string.IsNullOrEmpty(role) && (actor.IsInRole(role) || AdminStandsInForMember(role))) || await IsPersonallyAssignedAsync(orgId, bookmark, cancellationToken);
    }

    private async Task<bool> IsPersonallyAssignedAsync(Guid orgId, Bookmark bookmark, CancellationToken cancellationToken)
    {
        var user = bookmark.Payload?["assigneeUser"]?.GetValue<string>();
        if (string.IsNullOrEmpty(user) || actor.UserId is not { } userId)
            return false;
        if (Guid.TryParse(user, out var assigned))
            return assigned == userId;
        var email = await catalog.FindMemberEmailAsync(orgId, userId, cancellationToken);
        return email is not null && string.Equals(email, user, StringComparison.OrdinalIgnoreCase);
    }
}
