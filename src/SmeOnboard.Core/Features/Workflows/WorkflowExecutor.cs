using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmeOnboard.Workflows.Locking;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Runs bursts safely against the store: one holder per instance (the instance lock), the instance and its pinned
/// definition loaded afresh under the lock, and a burst recomputed when another one was saved first. It takes the
/// organisation as an argument, so only trusted code calls it: the actor-scoped services, the workers and the webhook.
/// </summary>
public sealed class WorkflowExecutor(
    IWorkflowStore store, IInstanceLock locks, WorkflowRunner runner, IOptions<WorkflowOptions> options, ILogger<WorkflowExecutor> logger,
    WorkflowInstanceChanges changes, TaskNotifier notifier)
{
    private readonly WorkflowOptions _options = options.Value;

    /// <summary>Starts an instance of <paramref name="definition"/> and saves its first burst.</summary>
    public Task<ExecutionResult> StartAsync(WorkflowDefinition definition, StartRequest request, CancellationToken cancellationToken = default) =>
        StartAsync(definition, request, null, cancellationToken);

    /// <summary>
    /// Starts an instance as above, with the outbox message <paramref name="alsoCommit"/> makes for the new instance
    /// committed in its first burst: the instance and the message are saved together, or neither.
    /// </summary>
    public async Task<ExecutionResult> StartAsync(
        WorkflowDefinition definition, StartRequest request, Func<WorkflowInstance, OutboxMessage>? alsoCommit, CancellationToken cancellationToken)
    {
        // A new instance id is known to nobody else until this commit, so no lock is needed.
        var burst = runner.Start(definition, request);
        if (alsoCommit is not null)
            burst = burst.WithOutbox(alsoCommit(burst.Instance));
        if (await store.SaveBurstAsync(burst, cancellationToken) != BurstSaveResult.Saved)
            return ExecutionResult.Of(ExecutionOutcome.Conflict);
        WorkflowLog.Started(logger, burst.Instance.Id, definition.DefinitionId, definition.Version, burst.Instance.Status);
        changes.Notify(burst.Instance.Id);
        Announce(burst);
        return new ExecutionResult { Outcome = ExecutionOutcome.Saved, Instance = burst.Instance, Burst = burst };
    }

    /// <summary>
    /// Runs <paramref name="burst"/> on the instance's latest state under its lock and saves it; on a revision conflict
    /// the state is reloaded and the burst computed again, up to the configured number of times.
    /// </summary>
    public async Task<ExecutionResult> RunAsync(
        string organisationId, string instanceId, Func<WorkflowDefinition, WorkflowInstance, BurstResult> burst, CancellationToken cancellationToken = default)
    {
        await using var held = await locks.TryAcquireAsync(instanceId, _options.LockTimeout, cancellationToken);
        if (held is null)
        {
            WorkflowLog.InstanceBusy(logger, instanceId);
            return ExecutionResult.Of(ExecutionOutcome.Busy);
        }
        for (var attempt = 0; ; attempt++)
        {
            var instance = await store.FindInstanceAsync(organisationId, instanceId, cancellationToken);
            if (instance is null)
                return ExecutionResult.Of(ExecutionOutcome.NotFound);
            var definition = await store.FindDefinitionAsync(organisationId, instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
            if (definition is null)
                return ExecutionResult.Of(ExecutionOutcome.NotFound, instance);
            var result = burst(definition, instance);
            if (!result.Changed)
                return ExecutionResult.Of(ExecutionOutcome.Unchanged, instance);
            // The lock keeps other holders out, but a holder whose lock was lost (a dropped PostgreSQL connection)
            // may still be saving; the revision check is the last word.
            if (await store.SaveBurstAsync(result, cancellationToken) == BurstSaveResult.Saved)
            {
                changes.Notify(instanceId);
                Announce(result);
                return new ExecutionResult { Outcome = ExecutionOutcome.Saved, Instance = result.Instance, Burst = result };
            }
            WorkflowLog.RevisionConflict(logger, instanceId, attempt + 1);
            if (attempt >= _options.MaxConflictRetries)
                return ExecutionResult.Of(ExecutionOutcome.Conflict, instance);
        }
    }

    /// <summary>
    /// Resumes the organisation's bookmarks that <paramref name="stimulus"/> matches, one instance at a time; returns the
    /// instances that moved on. <paramref name="definitionId"/>, when given, limits it to that workflow's instances.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowInstance>> ResumeAsync(
        string organisationId, Stimulus stimulus, string? definitionId = null, CancellationToken cancellationToken = default)
    {
        var bookmarks = await store.FindBookmarksAsync(organisationId, stimulus, cancellationToken);
        var resumed = new List<WorkflowInstance>();
        foreach (var instanceBookmarks in bookmarks.GroupBy(b => b.InstanceId, StringComparer.Ordinal))
        {
            var ids = instanceBookmarks.Select(b => b.Id).ToList();
            var result = await RunAsync(organisationId, instanceBookmarks.Key,
                (definition, instance) => ResumeAll(definition, instance, ids, stimulus, definitionId), cancellationToken);
            if (result.Outcome == ExecutionOutcome.Saved)
                resumed.Add(result.Instance!);
        }
        return resumed;
    }

    // A committed burst that opened or closed a wait may have added or finished a task; open inboxes read afresh.
    private void Announce(BurstResult burst)
    {
        if (burst.BookmarksCreated.Count > 0 || burst.BookmarksRemoved.Count > 0)
            notifier.Signal(OrganisationKey.Parse(burst.Instance.OrganisationId));
    }

    // One instance may wait on the same stimulus at several places; each bookmark resumes in turn within one burst
    // chain, the later ones against the state the earlier ones left.
    private BurstResult ResumeAll(WorkflowDefinition definition, WorkflowInstance instance, IReadOnlyList<string> bookmarkIds, Stimulus stimulus, string? definitionId)
    {
        var unchanged = new BurstResult { Instance = instance, PreviousRevision = instance.Revision, Changed = false };
        if (definitionId is not null && instance.DefinitionId != definitionId)
            return unchanged;
        var current = unchanged;
        var journal = new List<JournalEntry>();
        var created = new List<Bookmark>();
        var removed = new List<string>();
        var outbox = new List<OutboxMessage>();
        var incidents = new List<Incident>();
        foreach (var id in bookmarkIds)
        {
            var next = runner.Resume(definition, current.Instance, id, stimulus.Payload);
            if (!next.Changed)
                continue;
            journal.AddRange(next.Journal);
            // A bookmark made by an earlier resumption and removed by a later one never reaches the database.
            foreach (var gone in next.BookmarksRemoved)
            {
                if (created.RemoveAll(b => b.Id == gone) == 0)
                    removed.Add(gone);
            }
            created.AddRange(next.BookmarksCreated);
            outbox.AddRange(next.Outbox);
            incidents.AddRange(next.Incidents);
            current = next;
        }
        return current == unchanged ? unchanged : new BurstResult
        {
            Instance = current.Instance,
            PreviousRevision = instance.Revision,
            Journal = journal,
            BookmarksCreated = created,
            BookmarksRemoved = removed,
            Outbox = outbox,
            Incidents = incidents,
        };
    }
}
