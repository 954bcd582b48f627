using System.Text;
using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Workflows;

namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>
/// Delivers queued webhook events to vendors: claims due events under a lease, posts each body signed with the vendor's
/// current secret (<c>t=…,v1=HMAC-SHA256("t.body")</c>) and its event id, records the attempt, and on failure waits
/// twice as long as before, until <see cref="VendorWebhookOptions.MaxAttempts"/> attempts have been made.
/// </summary>
public sealed partial class WebhookDispatcher(
    IDbConnectionFactory db, WebhookSecrets secrets, IHttpClientFactory clients, IOptions<VendorWebhookOptions> options, TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string ClientName = "vendor-webhooks";

    private readonly VendorWebhookOptions _options = options.Value;

    /// <summary>Claims one batch of due events and tries each once; returns how many were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.QueryListAsync<DueEvent>(
            """
            SELECT e.id, e.event_type, e.body, e.attempts, w.url, w.secret_protected
            FROM vendor_webhook_events e JOIN vendor_webhooks w ON w.vendor_org_id = e.vendor_org_id
            WHERE e.delivered_at IS NULL AND e.failed_at IS NULL AND e.next_attempt_at <= @now
              AND (e.claim_until IS NULL OR e.claim_until < @now)
            ORDER BY e.next_attempt_at LIMIT @limit
            """, new { now, limit = _options.BatchSize }, cancellationToken);
        var claimed = 0;
        foreach (var candidate in due)
        {
            if (!await ClaimAsync(candidate, now, cancellationToken))
                continue;
            claimed++;
            await DeliverAsync(candidate, cancellationToken);
        }
        return claimed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RunDispatcher)
            return;
        using var timer = new PeriodicTimer(_options.PollInterval, clock);
        do
        {
            try
            {
                while (await DispatchDueAsync(stoppingToken) == _options.BatchSize)
                    stoppingToken.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                RoundFailed(logger, e);
            }
        }
        while (await TimerWorker.WaitAsync(timer, stoppingToken));
    }

    /// <summary>Takes the event if no other dispatcher holds it; the attempt count moves with the claim.</summary>
    private async Task<bool> ClaimAsync(DueEvent candidate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE vendor_webhook_events SET claim_until = @until, attempts = attempts + 1
            WHERE id = @Id AND attempts = @Attempts AND delivered_at IS NULL AND failed_at IS NULL AND (claim_until IS NULL OR claim_until < @now)
            """, new { until = now + _options.Lease, candidate.Id, candidate.Attempts, now }, cancellationToken: cancellationToken)) == 1;
    }

    private async Task DeliverAsync(DueEvent e, CancellationToken cancellationToken)
    {
        var attempt = e.Attempts + 1;
        int? status = null;
        string? error = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, e.Url) { Content = new StringContent(e.Body, Encoding.UTF8, "application/json") };
            request.Headers.Add(WebhookHeaders.EventId, e.Id.ToString());
            request.Headers.Add(WebhookHeaders.EventType, e.EventType);
            request.Headers.Add(WebhookHeaders.Signature, AppActionSignature.Create(secrets.Unprotect(e.SecretProtected), clock.GetUtcNow(), e.Body));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
                error = $"The endpoint answered {status} {response.ReasonPhrase}.";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = exception is TaskCanceledException ? "No answer within the time limit." : exception.Message;
        }
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO vendor_webhook_attempts (event_id, attempt, attempted_at, status_code, error) VALUES (@Id, @attempt, @now, @status, @error)",
            new { e.Id, attempt, now, status, error }, transaction));
        if (error is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE vendor_webhook_events SET delivered_at = @now, claim_until = NULL, last_error = NULL WHERE id = @Id",
                new { now, e.Id }, transaction));
            Delivered(logger, e.Id, e.EventType, attempt);
        }
        else if (attempt >= _options.MaxAttempts)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE vendor_webhook_events SET failed_at = @now, claim_until = NULL, last_error = @error WHERE id = @Id",
                new { now, error, e.Id }, transaction));
            GaveUp(logger, e.Id, e.EventType, attempt, error);
        }
        else
        {
            var retryAt = now + _options.Backoff(attempt);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE vendor_webhook_events SET next_attempt_at = @retryAt, claim_until = NULL, last_error = @error WHERE id = @Id",
                new { retryAt, error, e.Id }, transaction));
            WillRetry(logger, e.Id, e.EventType, attempt, retryAt, error);
        }
        await transaction.CommitAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook event {EventId} ({EventType}) delivered on attempt {Attempt}")]
    private static partial void Delivered(ILogger logger, Guid eventId, string eventType, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook event {EventId} ({EventType}) attempt {Attempt} failed, next at {RetryAt}: {Error}")]
    private static partial void WillRetry(ILogger logger, Guid eventId, string eventType, int attempt, DateTimeOffset retryAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook event {EventId} ({EventType}) given up after {Attempt} attempts: {Error}")]
    private static partial void GaveUp(ILogger logger, Guid eventId, string eventType, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook dispatch round failed; the next round tries again")]
    private static partial void RoundFailed(ILogger logger, Exception exception);

    private sealed class DueEvent
    {
        public Guid Id { get; init; }
        public string EventType { get; init; } = "";
        public string Body { get; init; } = "";
        public int Attempts { get; init; }
        public string Url { get; init; } = "";
        public string SecretProtected { get; init; } = "";
    }
}
