using System.Collections.Concurrent;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// Which devices are connected to this node's broker and how many messages each sent in the last minute. Kept in
/// memory: it describes the present, and a restart rightly starts it afresh.
/// </summary>
public sealed class DevicePresence(TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, int> _connections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _recent = new(StringComparer.Ordinal);

    public void Connected(string deviceId) => _connections.AddOrUpdate(deviceId, 1, (_, count) => count + 1);

    public void Disconnected(string deviceId) => _connections.AddOrUpdate(deviceId, 0, (_, count) => Math.Max(0, count - 1));

    public bool IsConnected(string deviceId) => _connections.TryGetValue(deviceId, out var count) && count > 0;

    public void MessageAccepted(string deviceId)
    {
        var queue = _recent.GetOrAdd(deviceId, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            queue.Enqueue(clock.GetUtcNow());
            Trim(queue);
        }
    }

    /// <summary>Messages accepted from the device in the last minute.</summary>
    public int MessagesPerMinute(string deviceId)
    {
        if (!_recent.TryGetValue(deviceId, out var queue))
            return 0;
        lock (queue)
        {
            Trim(queue);
            return queue.Count;
        }
    }

    private void Trim(Queue<DateTimeOffset> queue)
    {
        var since = clock.GetUtcNow() - Window;
        while (queue.Count > 0 && queue.Peek() < since)
            queue.Dequeue();
    }
}
