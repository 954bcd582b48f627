namespace SmeOnboard.Workflows.Runtime;

/// <summary>Everything one burst changed, for a store to commit in one transaction.</summary>
public sealed class BurstResult
{
    public required WorkflowInstance Instance { get; init; }

    /// <summary>The revision the burst started from (0 for a new instance); a store checks it for concurrent writers.</summary>
    public required int PreviousRevision { get; init; }
    public IReadOnlyList<JournalEntry> Journal { get; init; } = [];
    public IReadOnlyList<Bookmark> BookmarksCreated { get; init; } = [];
    public IReadOnlyList<string> BookmarksRemoved { get; init; } = [];
    public IReadOnlyList<OutboxMessage> Outbox { get; init; } = [];
    public IReadOnlyList<Incident> Incidents { get; init; } = [];

    /// <summary>False when nothing happened (a stimulus the bookmark declined, a retry of an instance that is not faulted); there is nothing to save.</summary>
    public bool Changed { get; init; } = true;

    /// <summary>The created bookmarks that fall due at a time (delays, schedules, retries).</summary>
    public IEnumerable<Bookmark> Timers => BookmarksCreated.Where(b => b.DueAt is not null);

    /// <summary>The same burst with <paramref name="message"/> added to its outbox, committed with everything else.</summary>
    public BurstResult WithOutbox(OutboxMessage message) => new()
    {
        Instance = Instance,
        PreviousRevision = PreviousRevision,
        Journal = Journal,
        BookmarksCreated = BookmarksCreated,
        BookmarksRemoved = BookmarksRemoved,
        Outbox = [.. Outbox, message],
        Incidents = Incidents,
        Changed = Changed,
    };

    /// <summary>The lines written by WriteLine activities in this burst, in order.</summary>
    public IEnumerable<string> Lines => Journal.Where(j => j.Kind == JournalKind.Log).Select(j => j.Message ?? "");
}
