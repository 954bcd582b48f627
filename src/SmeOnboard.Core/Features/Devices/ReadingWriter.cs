using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.DeviceKpis;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// Drains the <see cref="DeviceQueue"/> in batches: it writes when <see cref="DeviceOptions.FlushBatchSize"/> events
/// are waiting or <see cref="DeviceOptions.FlushIntervalMilliseconds"/> after the first one arrived, then hands the
/// stored messages to the workflows and to the tables linked to their devices. A failed batch is logged and dropped, so one bad write never stops the stream.
/// </summary>
public sealed partial class ReadingWriter(
    DeviceQueue queue, DeviceReadingStore store, DeviceSignalRouter router, DeviceKpiProjector projector, IOptions<DeviceOptions> options, ILogger<ReadingWriter> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
                await WriteAsync(await CollectAsync(stoppingToken), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            var rest = new List<DeviceEvent>();
            while (reader.TryRead(out var item))
                rest.Add(item);
            if (rest.Count > 0)
                await WriteAsync(rest, CancellationToken.None);
        }
    }

    private async Task<List<DeviceEvent>> CollectAsync(CancellationToken stoppingToken)
    {
        var size = options.Value.FlushBatchSize;
        var batch = new List<DeviceEvent>();
        using var window = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        window.CancelAfter(options.Value.FlushIntervalMilliseconds);
        while (batch.Count < size)
        {
            while (batch.Count < size && queue.Reader.TryRead(out var item))
                batch.Add(item);
            if (batch.Count >= size)
                break;
            try
            {
                if (!await queue.Reader.WaitToReadAsync(window.Token))
                    break;
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
        return batch;
    }

    private async Task WriteAsync(List<DeviceEvent> batch, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteAsync(batch, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWriteFailed(logger, e, batch.Count);
            return;
        }
        var messages = batch.Select(item => item.Message).OfType<DeviceMessage>().ToList();
        foreach (var message in messages)
            await router.EnqueueAsync(message, cancellationToken);
        await projector.EnqueueAsync(messages, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} device events could not be written and was dropped")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);
}
