namespace SmeOnboard.Workflows.Locking;

/// <summary>
/// Instance locks within one process: enough where only one process runs workflows (SQLite, the command line, tests).
/// A semaphore lives only while someone holds or waits for it, so waiting instances cost no memory.
/// </summary>
public sealed class InProcessInstanceLock : IInstanceLock
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How many instances currently have a holder or a waiter; the rest have been cleaned up.</summary>
    public int TrackedCount
    {
        get
        {
            lock (_lock)
                return _entries.Count;
        }
    }

    public async Task<IAsyncDisposable?> TryAcquireAsync(string instanceId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        Entry entry;
        lock (_lock)
        {
            if (!_entries.TryGetValue(instanceId, out entry!))
                _entries[instanceId] = entry = new Entry();
            entry.Users++;
        }
        var acquired = false;
        try
        {
            acquired = await entry.Semaphore.WaitAsync(timeout, cancellationToken);
        }
        finally
        {
            if (!acquired)
                Leave(instanceId, entry);
        }
        return acquired ? new Handle(this, instanceId, entry) : null;
    }

    private void Leave(string instanceId, Entry entry)
    {
        lock (_lock)
        {
            if (--entry.Users > 0)
                return;
            _entries.Remove(instanceId);
            entry.Semaphore.Dispose();
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        /// <summary>Holder and waiters; guarded by the outer lock.</summary>
        public int Users { get; set; }
    }

    private sealed class Handle(InProcessInstanceLock owner, string instanceId, Entry entry) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Leave(instanceId, entry);
            }
            return ValueTask.CompletedTask;
        }
    }
}
