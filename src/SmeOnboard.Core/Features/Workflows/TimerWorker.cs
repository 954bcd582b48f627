using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Fires due timers (delays, schedules, automatic retries) for every organisation. A timer fires only through a burst
/// that removes its bookmark, so a timer claimed by two workers (a lease that ran out) still fires once: the second
/// burst finds the bookmark gone or loses the revision check.
/// </summary>
public sealed class TimerWorker(
    IWorkflowStore store, WorkflowExecutor executor, WorkflowRunner runner, IOptions<WorkflowOptions> options, TimeProvider clock, ILogger<TimerWorker> logger)
    : BackgroundService
{
    private readonly WorkflowOptions _options = options.Value;

    /// <summary>Claims one batch of due timers and fires them; returns how many were claimed.</summary>
    public async Task<int> FireDueTimersAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var claims = await store.ClaimDueTimersAsync(now, _options.TimerBatchSize, now + _options.Lease, cancellationToken);
        foreach (var claim in claims)
            await FireAsync(claim, cancellationToken);
        return claims.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RunWorkers)
            return;
        using var timer = new PeriodicTimer(_options.TimerPollInterval, clock);
        do
        {
            try
            {
                // A full batch suggests more are due: go again at once rather than wait a round.
                while (await FireDueTimersAsync(stoppingToken) == _options.TimerBatchSize)
                    stoppingToken.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                WorkflowLog.WorkerRoundFailed(logger, e, nameof(TimerWorker));
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private async Task FireAsync(TimerClaim claim, CancellationToken cancellationToken)
    {
        var bookmark = claim.Bookmark;
        try
        {
            var result = await executor.RunAsync(bookmark.OrganisationId, bookmark.InstanceId,
                (definition, instance) => runner.Resume(definition, instance, bookmark.Id), cancellationToken);
            WorkflowLog.TimerFired(logger, bookmark.Id, bookmark.InstanceId, result.Outcome);
            switch (result.Outcome)
            {
                case ExecutionOutcome.Saved:
                    // The committed burst deleted the bookmark row, and the claim with it.
                    break;
                case ExecutionOutcome.Unchanged or ExecutionOutcome.NotFound when !StillWaits(result.Instance, bookmark):
                    await store.CompleteTimerAsync(claim, cancellationToken);
                    break;
                default:
                    // The instance still waits on the timer but cannot take it now (faulted, held by another worker,
                    // outpaced by other bursts): dropping it would lose it, so it is offered again later.
                    await ReleaseAsync(claim, clock.GetUtcNow() + _options.TimerRetryDelay, result.Outcome.ToString(), cancellationToken);
                    break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WorkflowLog.TimerFailed(logger, e, bookmark.Id, bookmark.InstanceId);
            await ReleaseAsync(claim, clock.GetUtcNow() + _options.TimerRetryDelay, e.GetType().Name, CancellationToken.None);
        }
    }

    private async Task ReleaseAsync(TimerClaim claim, DateTimeOffset retryAt, string reason, CancellationToken cancellationToken)
    {
        WorkflowLog.TimerReleased(logger, claim.Bookmark.Id, claim.Bookmark.InstanceId, retryAt, reason);
        await store.ReleaseTimerAsync(claim, retryAt, cancellationToken);
    }

    private static bool StillWaits(WorkflowInstance? instance, Bookmark bookmark) =>
        instance?.Bookmarks.Any(b => b.Id == bookmark.Id) == true;

    internal static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
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
}
