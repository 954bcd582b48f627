using SmeOnboard.Core.Features.Checkout;

namespace SmeOnboard.Web.Features.Checkout;

/// <summary>Once a minute, releases the voucher holds of unpaid orders whose hold lapsed (time ran out, or the programme suspended the vendor).</summary>
public sealed partial class HoldSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<HoldSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var released = await scope.ServiceProvider.GetRequiredService<OrderSettlement>().ReleaseLapsedAsync(stoppingToken);
                if (released > 0)
                {
                    LogReleased(logger, released);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Released the voucher holds of {Count} unpaid orders")]
    private static partial void LogReleased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing unpaid orders failed; trying again in a minute")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
