using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Persistence;

/// <summary>A store in memory for tests, the command line and benchmarks; one lock makes each burst atomic.</summary>
public sealed class InMemoryWorkflowStore : IWorkflowStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Organisation, string Definition), List<WorkflowDefinition>> _definitions = [];
    private readonly Dictionary<string, WorkflowInstance> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JournalEntry>> _journals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bookmark> _bookmarks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _bookmarksByHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lease> _timerLeases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutboxEntry> _outbox = new(StringComparer.Ordinal);

    public Task<WorkflowDefinition> SaveDraftAsync(string organisationId, WorkflowDefinition draft, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var key = (organisationId, draft.DefinitionId);
            if (!_definitions.TryGetValue(key, out var versions))
                _definitions[key] = versions = [];
            var latest = versions.LastOrDefault();
            WorkflowDefinition saved;
            if (latest is { IsPublished: false })
            {
                saved = draft.AsVersion(latest.Version, isLatest: true, isPublished: false);
                versions[^1] = saved;
            }
            else
            {
                if (latest is not null)
                    versions[^1] = latest.AsVersion(latest.Version, isLatest: false, latest.IsPublished);
                saved = draft.AsVersion((latest?.Version ?? 0) + 1, isLatest: true, isPublished: false);
                versions.Add(saved);
            }
            return Task.FromResult(saved);
        }
    }

    public Task<WorkflowDefinition?> PublishAsync(string organisationId, string definitionId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_definitions.TryGetValue((organisationId, definitionId), out var versions) || versions.Count == 0)
                return Task.FromResult<WorkflowDefinition?>(null);
            for (var i = 0; i < versions.Count - 1; i++)
                if (versions[i].IsPublished)
                    versions[i] = versions[i].AsVersion(versions[i].Version, isLatest: false, isPublished: false);
            var latest = versions[^1];
            if (!latest.IsPublished)
                versions[^1] = latest = latest.AsVersion(latest.Version, isLatest: true, isPublished: true);
            return Task.FromResult<WorkflowDefinition?>(latest);
        }
    }

    public Task<WorkflowDefinition?> FindDefinitionAsync(string organisationId, string definitionId, int version, CancellationToken cancellationToken = default) =>
        FindVersion(organisationId, definitionId, d => d.Version == version);

    public Task<WorkflowDefinition?> FindPublishedAsync(string organisationId, string definitionId, CancellationToken cancellationToken = default) =>
        FindVersion(organisationId, definitionId, d => d.IsPublished);

    public Task<WorkflowDefinition?> FindLatestAsync(string organisationId, string definitionId, CancellationToken cancellationToken = default) =>
        FindVersion(organisationId, definitionId, d => d.IsLatest);

    public Task<IReadOnlyList<WorkflowDefinition>> FindPublishedByTriggerAsync(string organisationId, BookmarkKind kind, string key, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            // A scan of the organisation's published versions: the in-memory store holds few definitions.
            IReadOnlyList<WorkflowDefinition> found = _definitions
                .Where(d => d.Key.Organisation == organisationId)
                .SelectMany(d => d.Value.Where(v => v.IsPublished))
                .Where(d => WorkflowTrigger.Of(d).Any(t => t.Matches(kind, key)))
                .OrderBy(d => d.DefinitionId, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(found);
        }
    }

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
                _outbox.TryAdd(message.IdempotencyKey, new OutboxEntry(message));
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

    public Task<IReadOnlyList<TimerClaim>> ClaimDueTimersAsync(DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var token = Guid.NewGuid();
            IReadOnlyList<TimerClaim> claimed = _bookmarks.Values
                .Where(b => b.DueAt <= now && IsFree(_timerLeases.GetValueOrDefault(b.Id), now))
                .OrderBy(b => b.DueAt).Take(max).ToList()
                .Select(b =>
                {
                    _timerLeases[b.Id] = new Lease { Token = token, Until = leaseUntil };
                    return new TimerClaim { Bookmark = b, Token = token, LeaseUntil = leaseUntil };
                })
                .ToList();
            return Task.FromResult(claimed);
        }
    }

    public Task<bool> CompleteTimerAsync(TimerClaim claim, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_timerLeases.GetValueOrDefault(claim.Bookmark.Id)?.Token != claim.Token)
                return Task.FromResult(false);
            RemoveBookmark(claim.Bookmark.Id);
            return Task.FromResult(true);
        }
    }

    public Task<bool> ReleaseTimerAsync(TimerClaim claim, DateTimeOffset? retryAt = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult(Release(_timerLeases.GetValueOrDefault(claim.Bookmark.Id), claim.Token, retryAt));
    }

    public Task<IReadOnlyList<OutboxClaim>> ClaimOutboxAsync(DateTimeOffset now, int max, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var token = Guid.NewGuid();
            IReadOnlyList<OutboxClaim> claimed = _outbox.Values
                .Where(e => e.DoneAt is null && IsFree(e.Lease, now))
                .OrderBy(e => e.Message.CreatedAt).Take(max).ToList()
                .Select(e =>
                {
                    e.Lease = new Lease { Token = token, Until = leaseUntil };
                    e.Attempts++;
                    return new OutboxClaim { Message = e.Message, Token = token, LeaseUntil = leaseUntil, Attempts = e.Attempts };
                })
                .ToList();
            return Task.FromResult(claimed);
        }
    }

    public Task<bool> MarkOutboxDoneAsync(OutboxClaim claim, DateTimeOffset doneAt, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_outbox.TryGetValue(claim.Message.IdempotencyKey, out var entry) || entry.DoneAt is not null)
                return Task.FromResult(false);
            entry.DoneAt = doneAt;
            entry.Lease = null;
            return Task.FromResult(true);
        }
    }

    public Task<bool> ReleaseOutboxAsync(OutboxClaim claim, DateTimeOffset? retryAt = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var entry = _outbox.GetValueOrDefault(claim.Message.IdempotencyKey);
            return Task.FromResult(entry is { DoneAt: null } && Release(entry.Lease, claim.Token, retryAt));
        }
    }

    private static bool IsFree(Lease? lease, DateTimeOffset now) => lease?.Until is not { } until || until <= now;

    // A released lease keeps no holder; its time, if any, only says when the row may be claimed again.
    private static bool Release(Lease? lease, Guid token, DateTimeOffset? retryAt)
    {
        if (lease?.Token != token)
            return false;
        lease.Token = null;
        lease.Until = retryAt;
        return true;
    }

    private Task<WorkflowDefinition?> FindVersion(string organisationId, string definitionId, Func<WorkflowDefinition, bool> match)
    {
        lock (_lock)
            return Task.FromResult(_definitions.TryGetValue((organisationId, definitionId), out var versions) ? versions.LastOrDefault(match) : null);
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
        _timerLeases.Remove(id);
        if (!_bookmarks.Remove(id, out var bookmark))
            return;
        if (_bookmarksByHash.TryGetValue(bookmark.StimulusHash, out var ids) && ids.Remove(id) && ids.Count == 0)
            _bookmarksByHash.Remove(bookmark.StimulusHash);
    }

    private sealed class Lease
    {
        public Guid? Token { get; set; }
        public DateTimeOffset? Until { get; set; }
    }

    private sealed class OutboxEntry(OutboxMessage message)
    {
        public OutboxMessage Message { get; } = message;
        public Lease? Lease { get; set; }
        public int Attempts { get; set; }
        public DateTimeOffset? DoneAt { get; set; }
    }
}
