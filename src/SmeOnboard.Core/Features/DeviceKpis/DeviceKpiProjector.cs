using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmeOnboard.Core.Features.Devices;

namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>
/// The follow-up step of the reading writer: each stored batch is grouped by device, and every table linked to the
/// device gets its rows and its new state written together (<see cref="DeviceKpiProjection"/>), then the dashboards
/// hear the live value. A batch that fails is logged; the link's state is unchanged, so nothing is counted twice.
/// </summary>
public sealed partial class DeviceKpiProjector(DeviceKpiLinkStore links, DeviceLiveFeed feed, TimeProvider clock, ILogger<DeviceKpiProjector> logger)
    : BackgroundService
{
    private readonly Channel<IReadOnlyList<DeviceMessage>> _channel = Channel.CreateBounded<IReadOnlyList<DeviceMessage>>(
        new BoundedChannelOptions(1_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ValueTask EnqueueAsync(IReadOnlyList<DeviceMessage> batch, CancellationToken cancellationToken) =>
        batch.Count == 0 ? ValueTask.CompletedTask : _channel.Writer.WriteAsync(batch, cancellationToken);

    /// <summary>Applies one batch of stored messages to the tables linked to their devices.</summary>
    public async Task ProjectAsync(IReadOnlyList<DeviceMessage> batch, CancellationToken cancellationToken = default)
    {
        var devices = batch.GroupBy(m => (m.OrgId, m.DeviceId)).ToList();
        var linked = await links.ListForDevicesAsync(devices.Select(d => d.Key).ToList(), cancellationToken);
        foreach (var device in devices)
        {
            if (!linked.TryGetValue(device.Key, out var deviceLinks))
                continue;
            var states = new List<(DeviceKpiLink Link, DeviceKpiState State)>();
            foreach (var (link, table) in deviceLinks)
            {
                var (state, writes) = DeviceKpiProjection.Apply(link.Kind, link.Mapping, link.State, device);
                if (state.LastAt != link.State.LastAt)
                    await links.SaveAsync(link, table, state, writes, clock.GetUtcNow(), cancellationToken);
                states.Add((link, state));
            }
            feed.Publish(LiveValue(states));
        }
    }

    /// <summary>One device's live value from the states of its links: the newest state and reading, the count of a counts link.</summary>
    public static DeviceLiveValue LiveValue(IReadOnlyList<(DeviceKpiLink Link, DeviceKpiState State)> states)
    {
        var newest = states.MaxBy(s => s.State.LastAt);
        var counts = states.FirstOrDefault(s => s.Link.Kind == DeviceKpiKind.Counts);
        return new DeviceLiveValue
        {
            OrgId = newest.Link.OrgId,
            DeviceId = newest.Link.DeviceId,
            State = newest.State.LastState,
            ShiftKey = newest.State.ShiftKey,
            CountThisShift = counts.State is { } count ? count.ShiftTotal : null,
            LastReadingAt = newest.State.LastAt,
        };
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var batch in _channel.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await ProjectAsync(batch, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogProjectFailed(logger, e, batch.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the readings are stored; only the rows of messages still queued are not written.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} device messages could not be turned into KPI rows")]
    private static partial void LogProjectFailed(ILogger logger, Exception exception, int count);
}
