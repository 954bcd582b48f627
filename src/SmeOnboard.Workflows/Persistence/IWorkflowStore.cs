using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Persistence;

/// <summary>
/// Where definitions, instances, journals, bookmarks and the outbox are kept, each under its organisation; each burst
/// is saved in one transaction. Only the background claims of timers and outbox messages cross organisations, and they
/// hand each row's organisation back with it.
/// </summary>
public interface IWorkflowStore
{
    /// <summary>Saves a draft: it replaces the current draft, or becomes a new version when the latest one is published.</summary>
    Task<WorkflowDefinition> SaveDraftAsync(string organisationId, WorkflowDefinition draft, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version; the version published before stays for the instances pinned to it. Null if unknown.</summary>
    Task<WorkflowDefinition?> PublishAsync(string organisationId, string definitionId, CancellationToken cancellationToken = default);

    Task<WorkflowDefinition?> FindDefinitionAsync(string organisationId, string definitionId, int version, CancellationToken cancellationToken = default);

    Task<WorkflowDefinition?> FindPublishedAsync(string organisationId, string definitionId, CancellationToken cancellationToken = default);

    Task<WorkflowDefinition?> FindLatestAsync(string organisationId, string definitionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The organisation's published definitions with a start trigger (<see cref="WorkflowTrigger"/>) of
    /// <paramref name="kind"/> and <paramref name="key"/>: the workflows a device signal or webhook call starts.
    /// </summary>
    Task<IReadOnlyList<WorkflowDefinition>> FindPublishedByTriggerAsync(string organisationId, BookmarkKind kind, string key, CancellationToken cancellationToken = default);

    /// <summary>Commits instance state, journal, bookmarks and outbox together, if the instance is still at the burst's starting revision.</summary>
    /// <remarks>Removing a timer's bookmark here is what completes the timer: firing and forgetting it are one commit.</remarks>
    Task<BurstSaveResult> SaveBurstAsync(BurstResult burst, CancellationToken cancellationToken = default);

    Task<WorkflowInstance?> FindInstanceAsync(string organisationId, string instanceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string organisationId, string instanceId, CancellationToken cancellationToken = default);

    /// <summary>The organisation's open bookmarks that the stimulus matches (same kind and key).</summary>
    Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string organisationId, Stimulus stimulus, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> timer and retry bookmarks due at <paramref name="now"/>, earliest first, that no
    /// live claim holds; a claim whose lease ended is taken over, so a worker that died loses nothing.
    /// </summary>
    Task<IReadOnlyList<TimerClaim>> ClaimDueTimersAsync(DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>
    /// Drops a claimed timer whose burst changed nothing (the instance no longer waits for it). False when the claim was
    /// replaced or the timer is already gone, so a timer is only ever completed once.
    /// </summary>
    Task<bool> CompleteTimerAsync(TimerClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed timer back, to be claimed again from <paramref name="retryAt"/> (at once when null). False when the claim was replaced.</summary>
    Task<bool> ReleaseTimerAsync(TimerClaim claim, DateTimeOffset? retryAt = null, CancellationToken cancellationToken = default);

    /// <summary>Claims up to <paramref name="max"/> messages not yet carried out, oldest first, that no live claim holds.</summary>
    Task<IReadOnlyList<OutboxClaim>> ClaimOutboxAsync(DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Records that the message's effect was carried out. True only the first time for its idempotency key.</summary>
    Task<bool> MarkOutboxDoneAsync(OutboxClaim claim, DateTimeOffset doneAt, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed message back, to be claimed again from <paramref name="retryAt"/> (at once when null). False when the claim was replaced.</summary>
    Task<bool> ReleaseOutboxAsync(OutboxClaim claim, DateTimeOffset? retryAt = null, CancellationToken cancellationToken = default);
}
