using SmeOnboard.Core.Features.Checkout;
using SmeOnboard.Web.Hosting;

namespace SmeOnboard.Web.Features.Checkout;

/// <summary>Once a minute, releases the voucher holds of unpaid orders whose hold lapsed (time ran out, or the programme suspended the vendor).</summary>
public sealed partial class HoldSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<HoldSweeper> logger)
    : PeriodicScopedWork(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OrderSettlement>().ReleaseLapsedAsync(cancellationToken);

    protected override void LogDone(int count) => LogReleased(logger, count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Released the voucher holds of {Count} unpaid orders")]
    private static partial void LogReleased(ILogger logger, int count);
}
