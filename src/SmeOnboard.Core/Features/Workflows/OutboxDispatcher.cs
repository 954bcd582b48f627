using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Workflows.Persistence;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Carries out committed outbox messages for every organisation: claims a batch under a lease, performs each with its
/// idempotency key and marks it done. A failure is retried with doubling waits; after the last attempt the message is
/// closed as failed and an audit entry tells the organisation.
/// </summary>
public sealed class OutboxDispatcher(
    IWorkflowStore store,
    IEnumerable<IOutboxEffect> effects,
    OutboxFailures failures,
    IServiceScopeFactory scopes,
    IOptions<WorkflowOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly WorkflowOptions _options = options.Value;
    private readonly Dictionary<SmeOnboard.Workflows.Runtime.OutboxKind, IOutboxEffect> _effects = effects.ToDictionary(e => e.Kind);

    /// <summary>Claims one batch and carries it out; returns how many messages were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var claims = await store.ClaimOutboxAsync(now, _options.OutboxBatchSize, now + _options.Lease, cancellationToken);
        foreach (var claim in claims)
            await DispatchAsync(claim, cancellationToken);
        return claims.Count;
    }

    /// <summary>Performs the message's effect without marking it done: what a dispatcher that then dies has done.</summary>
    public Task PerformAsync(OutboxClaim claim, CancellationToken cancellationToken = default) =>
        _effects.TryGetValue(claim.Message.Kind, out var effect)
            ? effect.PerformAsync(claim.Message, cancellationToken)
            : throw new InvalidOperationException($"No effect carries out {claim.Message.Kind} messages.");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RunWorkers)
            return;
        using var timer = new PeriodicTimer(_options.OutboxPollInterval, clock);
        do
        {
            try
            {
                while (await DispatchDueAsync(stoppingToken) == _options.OutboxBatchSize)
                    stoppingToken.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                WorkflowLog.WorkerRoundFailed(logger, e, nameof(OutboxDispatcher));
            }
        }
        while (await TimerWorker.WaitAsync(timer, stoppingToken));
    }

    private async Task DispatchAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        var message = claim.Message;
        try
        {
            await PerformAsync(claim, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await FailAsync(claim, e);
            return;
        }
        // Marked even if the lease ran out meanwhile: the effect happened, and only the first report counts.
        await store.MarkOutboxDoneAsync(claim, clock.GetUtcNow(), CancellationToken.None);
        WorkflowLog.OutboxDone(logger, message.IdempotencyKey, message.Kind);
    }

    private async Task FailAsync(OutboxClaim claim, Exception error)
    {
        var message = claim.Message;
        var now = clock.GetUtcNow();
        if (claim.Attempts < _options.OutboxMaxAttempts)
        {
            var retryAt = now + _options.OutboxBackoff(claim.Attempts);
            WorkflowLog.OutboxRetry(logger, error, message.IdempotencyKey, message.Kind, claim.Attempts, retryAt);
            await store.ReleaseOutboxAsync(claim, retryAt, CancellationToken.None);
            return;
        }
        WorkflowLog.OutboxGaveUp(logger, error, message.IdempotencyKey, message.Kind, claim.Attempts);
        if (!await failures.GiveUpAsync(claim, error.Message, now, CancellationToken.None))
            return;
        // Background work has no signed-in person: the audit entry names "system" and the message's organisation.
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(new AuditRecord(
            "workflow.effect-failed", "WorkflowInstance", message.InstanceId,
            $"{message.Kind} of activity '{message.ActivityId}' given up after {claim.Attempts} attempts: {error.Message}",
            OrganisationKey.Parse(message.OrganisationId)), CancellationToken.None);
    }
}
