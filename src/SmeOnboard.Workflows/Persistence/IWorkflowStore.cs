using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Persistence;

/// <summary>Where definitions, instances, journals, bookmarks and the outbox are kept; each burst is saved in one transaction.</summary>
public interface IWorkflowStore
{
    /// <summary>Saves a draft: it replaces the current draft, or becomes a new version when the latest one is published.</summary>
    Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition draft, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version; the version published before stays for the instances pinned to it. Null if unknown.</summary>
    Task<WorkflowDefinition?> PublishAsync(string definitionId, CancellationToken cancellationToken = default);

    Task<WorkflowDefinition?> FindDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken cancellationToken = default);

    Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Commits instance state, journal, bookmarks and outbox together, if the instance is still at the burst's starting revision.</summary>
    Task<BurstSaveResult> SaveBurstAsync(BurstResult burst, CancellationToken cancellationToken = default);

    Task<WorkflowInstance?> FindInstanceAsync(string organisationId, string instanceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string organisationId, string instanceId, CancellationToken cancellationToken = default);

    /// <summary>The organisation's open bookmarks that the stimulus matches (same kind and key).</summary>
    Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string organisationId, Stimulus stimulus, CancellationToken cancellationToken = default);

    /// <summary>Timer and retry bookmarks due at the given time, earliest first.</summary>
    Task<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>Outbox messages not yet carried out, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> GetPendingOutboxAsync(int max, CancellationToken cancellationToken = default);

    Task MarkOutboxDoneAsync(string idempotencyKey, CancellationToken cancellationToken = default);
}
