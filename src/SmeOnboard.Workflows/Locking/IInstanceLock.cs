namespace SmeOnboard.Workflows.Locking;

/// <summary>Keeps one instance from being run by two workers at once: a burst runs only while its holder has the lock.</summary>
public interface IInstanceLock
{
    /// <summary>
    /// Takes the instance's lock, waiting up to <paramref name="timeout"/> for another holder to let go; null when it did
    /// not. Disposing the handle releases the lock.
    /// </summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string instanceId, TimeSpan timeout, CancellationToken cancellationToken = default);
}
