using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Checkout.Renewals;

namespace SmeOnboard.Web.Features.Checkout;

/// <summary>Every check interval (Checkout:Renewals:CheckInterval), renews the subscriptions that are due.</summary>
public sealed partial class RenewalService(IServiceScopeFactory scopes, IOptions<RenewalOptions> options, TimeProvider clock, ILogger<RenewalService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var renewed = await scope.ServiceProvider.GetRequiredService<SubscriptionRenewer>().RenewDueAsync(stoppingToken);
                if (renewed > 0)
                {
                    LogRenewed(logger, renewed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Renewed {Count} subscriptions")]
    private static partial void LogRenewed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing subscriptions failed; trying again at the next check")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
