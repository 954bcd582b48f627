using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Persistence;

/// <summary>A store in memory for tests, the command line and benchmarks; one lock makes each burst atomic.</summary>
public sealed class InMemoryWorkflowStore : IWorkflowStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<WorkflowDefinition>> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WorkflowInstance> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JournalEntry>> _journals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bookmark> _bookmarks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _bookmarksByHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutboxMessage> _outbox = new(StringComparer.Ordinal);
    private readonly HashSet<string> _outboxDone = new(StringComparer.Ordinal);

    public Task<WorkflowDefinition> SaveDraftAsync(WorkflowDefinition draft, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_definitions.TryGetValue(draft.DefinitionId, out var versions))
                _definitions[draft.DefinitionId] = versions = [];
            var latest = versions.LastOrDefault();
            WorkflowDefinition saved;
            if (latest is { IsPublished: false })
            {
                saved = Copy(draft, latest.Version, isLatest: true, isPublished: false);
                versions[^1] = saved;
            }
            else
            {
                if (latest is not null)
                    versions[^1] = Copy(latest, latest.Version, isLatest: false, latest.IsPublished);
                saved = Copy(draft, (latest?.Version ?? 0) + 1, isLatest: true, isPublished: false);
                versions.Add(saved);
            }
            return Task.FromResult(saved);
        }
    }

    public Task<WorkflowDefinition?> PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_definitions.TryGetValue(definitionId, out var versions) || versions.Count == 0)
                return Task.FromResult<WorkflowDefinition?>(null);
            for (var i = 0; i < versions.Count - 1; i++)
                if (versions[i].IsPublished)
                    versions[i] = Copy(versions[i], versions[i].Version, isLatest: false, isPublished: false);
            var latest = versions[^1];
            if (!latest.IsPublished)
                versions[^1] = latest = Copy(latest, latest.Version, isLatest: true, isPublished: true);
            return Task.FromResult<WorkflowDefinition?>(latest);
        }
    }

    public Task<WorkflowDefinition?> FindDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken = default) =>
        FindVersion(definitionId, d => d.Version == version);

    public Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken cancellationToken = default) =>
        FindVersion(definitionId, d => d.IsPublished);

    public Task<WorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken = default) =>
        FindVersion(definitionId, d => d.IsLatest);

    public Task<BurstSaveResult> SaveBurstAsync(BurstResult burst, CancellationToken cancellationToken = default)
    {
        if (!burst.Changed)
            return Task.FromResult(BurstSaveResult.Saved);
        lock (_lock)
        {
            var instance = burst.Instance;
            var currentRevision = _instances.TryGetValue(instance.Id, out var current) ? current.Revision : 0;
            if (currentRevision != burst.PreviousRevision)
                return Task.FromResult(BurstSaveResult.Conflict);

            _instances[instance.Id] = instance;
            if (!_journals.TryGetValue(instance.Id, out var journal))
                _journals[instance.Id] = journal = [];
            journal.AddRange(burst.Journal);
            foreach (var id in burst.BookmarksRemoved)
                RemoveBookmark(id);
            foreach (var bookmark in burst.BookmarksCreated)
                AddBookmark(bookmark);
            // A re-run of a burst after a crash produces the same keys; the first message of a key wins.
            foreach (var message in burst.Outbox)
                _outbox.TryAdd(message.IdempotencyKey, message);
            return Task.FromResult(BurstSaveResult.Saved);
        }
    }

    public Task<WorkflowInstance?> FindInstanceAsync(string organisationId, string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult(_instances.TryGetValue(instanceId, out var i) && i.OrganisationId == organisationId ? i : null);
    }

    public Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string organisationId, string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<JournalEntry> entries = _instances.TryGetValue(instanceId, out var i) && i.OrganisationId == organisationId
                ? [.. _journals[instanceId]]
                : [];
            return Task.FromResult(entries);
        }
    }

    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string organisationId, Stimulus stimulus, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<Bookmark> found = _bookmarksByHash.TryGetValue(stimulus.Hash, out var ids)
                ? ids.Select(id => _bookmarks[id])
                    .Where(b => b.OrganisationId == organisationId && b.Kind == stimulus.Kind && b.StimulusKey == stimulus.Key)
                    .ToList()
                : [];
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<Bookmark> due = _bookmarks.Values.Where(b => b.DueAt <= now).OrderBy(b => b.DueAt).Take(max).ToList();
            return Task.FromResult(due);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> GetPendingOutboxAsync(int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<OutboxMessage> pending = _outbox.Values.Where(m => !_outboxDone.Contains(m.IdempotencyKey))
                .OrderBy(m => m.CreatedAt).Take(max).ToList();
            return Task.FromResult(pending);
        }
    }

    public Task MarkOutboxDoneAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            _outboxDone.Add(idempotencyKey);
        return Task.CompletedTask;
    }

    private Task<WorkflowDefinition?> FindVersion(string definitionId, Func<WorkflowDefinition, bool> match)
    {
        lock (_lock)
            return Task.FromResult(_definitions.TryGetValue(definitionId, out var versions) ? versions.LastOrDefault(match) : null);
    }

    private void AddBookmark(Bookmark bookmark)
    {
        _bookmarks[bookmark.Id] = bookmark;
        if (!_bookmarksByHash.TryGetValue(bookmark.StimulusHash, out var ids))
            _bookmarksByHash[bookmark.StimulusHash] = ids = [];
        ids.Add(bookmark.Id);
    }

    private void RemoveBookmark(string id)
    {
        if (!_bookmarks.Remove(id, out var bookmark))
            return;
        if (_bookmarksByHash.TryGetValue(bookmark.StimulusHash, out var ids) && ids.Remove(id) && ids.Count == 0)
            _bookmarksByHash.Remove(bookmark.StimulusHash);
    }

    private static WorkflowDefinition Copy(WorkflowDefinition source, int version, bool isLatest, bool isPublished) => new()
    {
        DefinitionId = source.DefinitionId,
        Version = version,
        Name = source.Name,
        Description = source.Description,
        IsLatest = isLatest,
        IsPublished = isPublished,
        Variables = source.Variables,
        Root = source.Root,
    };
}
