using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Checkout.Renewals;
using SmeOnboard.Web.Hosting;

namespace SmeOnboard.Web.Features.Checkout;

/// <summary>Every check interval (Checkout:Renewals:CheckInterval), renews the subscriptions that are due.</summary>
public sealed partial class RenewalService(IServiceScopeFactory scopes, IOptions<RenewalOptions> options, TimeProvider clock, ILogger<RenewalService> logger)
    : PeriodicScopedWork(scopes, clock, logger)
{
    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<SubscriptionRenewer>().RenewDueAsync(cancellationToken);

    protected override void LogDone(int count) => LogRenewed(logger, count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Renewed {Count} subscriptions")]
    private static partial void LogRenewed(ILogger logger, int count);
}
