namespace SmeOnboard.Web.Hosting;

/// <summary>
/// Work a node does every <see cref="Interval"/>, each round in a service scope of its own. A failed round is logged
/// and the next one comes as usual, so one bad row or a database blip never stops the work for good.
/// </summary>
public abstract partial class PeriodicScopedWork(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>One round; how many things it did, which <see cref="LogDone"/> reports when not zero.</summary>
    protected abstract Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected abstract void LogDone(int count);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var done = await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                if (done > 0)
                {
                    LogDone(done);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception, GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Work} failed; trying again at its next round")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work);
}
