using System.Collections.Concurrent;

namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>
/// The latest live value of each linked device, pushed to whoever listens for that firm's device (dashboards in Blazor
/// circuits). Listeners are keyed by firm and device, so a firm never hears another firm's machine.
/// </summary>
public sealed class DeviceLiveFeed
{
    private readonly ConcurrentDictionary<(Guid OrgId, string DeviceId), DeviceLiveValue> _latest = new();
    private readonly ConcurrentDictionary<(Guid OrgId, string DeviceId), ImmutableHandlers> _listeners = new();

    public DeviceLiveValue? Latest(Guid orgId, string deviceId) => _latest.GetValueOrDefault((orgId, deviceId));

    public void Publish(DeviceLiveValue value)
    {
        var key = (value.OrgId, value.DeviceId);
        _latest[key] = value;
        if (_listeners.TryGetValue(key, out var handlers))
        {
            foreach (var handler in handlers.Items)
                handler(value);
        }
    }

    /// <summary>Calls <paramref name="handler"/> with every new value of the device until the result is disposed.</summary>
    public IDisposable Listen(Guid orgId, string deviceId, Action<DeviceLiveValue> handler)
    {
        var key = (orgId, deviceId);
        _listeners.AddOrUpdate(key, _ => new ImmutableHandlers([handler]), (_, h) => new ImmutableHandlers([.. h.Items, handler]));
        return new Subscription(() => _listeners.AddOrUpdate(key, _ => new ImmutableHandlers([]), (_, h) => new ImmutableHandlers(h.Items.Where(x => x != handler).ToArray())));
    }

    private sealed record ImmutableHandlers(Action<DeviceLiveValue>[] Items);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                dispose();
        }
    }
}
