using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>Every hour, removes readings and minute buckets past <see cref="DeviceOptions.RetentionDays"/> and hour buckets past <see cref="DeviceOptions.HourlyRetentionDays"/>.</summary>
public sealed partial class DeviceRetentionWorker(DeviceReadingStore store, IOptions<DeviceOptions> options, TimeProvider clock, ILogger<DeviceRetentionWorker> logger)
    : BackgroundService
{
    public Task<int> CleanUpAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return store.DeleteOlderThanAsync(now.AddDays(-options.Value.RetentionDays), now.AddDays(-options.Value.HourlyRetentionDays), cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await CleanUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogCleanUpFailed(logger, e);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Device readings could not be cleaned up")]
    private static partial void LogCleanUpFailed(ILogger logger, Exception exception);
}
