using Dapper;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>
/// The current vendor's webhook: its address, its signing secret (returned only when made) and the events sent to it
/// with every delivery attempt. Only the vendor's developers see or change it.
/// </summary>
public sealed class VendorWebhookStore(
    IDbConnectionFactory db, ICurrentActor actor, WebhookSecrets secrets, IOptions<VendorWebhookOptions> options, AuditLog audit, TimeProvider clock)
{
    private static readonly FieldError VendorOnly = new("", "Errors.WebhookVendorOnly", "Only a vendor's developers manage its webhook.");

    public async Task<VendorWebhook?> FindForCurrentAsync(CancellationToken cancellationToken = default) =>
        !IsVendorDeveloper ? null : (await db.QueryListAsync<VendorWebhook>(
            "SELECT url, secret_created_at, updated_at FROM vendor_webhooks WHERE vendor_org_id = @orgId",
            new { orgId = actor.RequireOrganisationId() }, cancellationToken)).SingleOrDefault();

    /// <summary>
    /// Sets the address. The first time a secret is made too and returned, the only time it is shown; later changes of
    /// address keep the secret and return null.
    /// </summary>
    public async Task<Result<string?>> SaveForCurrentAsync(string url, CancellationToken cancellationToken = default)
    {
        if (!IsVendorDeveloper)
            return VendorOnly;
        url = url.Trim();
        if (WebhookUrls.Check(url, options.Value.AllowLoopbackHttp) is { } error)
            return error;
        var orgId = actor.RequireOrganisationId();
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE vendor_webhooks SET url = @url, updated_at = @now, updated_by = @userId WHERE vendor_org_id = @orgId",
            new { url, now, userId = actor.UserId, orgId }, transaction, cancellationToken: cancellationToken));
        string? secret = null;
        if (changed == 0)
        {
            secret = WebhookSecrets.New();
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO vendor_webhooks (vendor_org_id, url, secret_protected, secret_created_at, updated_at, updated_by)
                VALUES (@orgId, @url, @protectedSecret, @now, @now, @userId)
                """,
                new { orgId, url, protectedSecret = secrets.Protect(secret), now, userId = actor.UserId }, transaction, cancellationToken: cancellationToken));
        }
        await audit.RecordAsync(connection, transaction, new AuditRecord("vendor.webhook-saved", "VendorWebhook", orgId.ToString(),
            $"Install webhook address set to {url}{(secret is null ? "" : "; signing secret created")}"));
        await transaction.CommitAsync(cancellationToken);
        return secret;
    }

    /// <summary>Replaces the signing secret; events not yet delivered are signed with the new one.</summary>
    public async Task<Result<string>> RotateSecretForCurrentAsync(CancellationToken cancellationToken = default)
    {
        if (!IsVendorDeveloper)
            return VendorOnly;
        var orgId = actor.RequireOrganisationId();
        var secret = WebhookSecrets.New();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE vendor_webhooks SET secret_protected = @protectedSecret, secret_created_at = @now, updated_at = @now, updated_by = @userId
            WHERE vendor_org_id = @orgId
            """,
            new { protectedSecret = secrets.Protect(secret), now = clock.GetUtcNow(), userId = actor.UserId, orgId }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
            return new FieldError("url", "Errors.WebhookNotSet", "Save a webhook address first.");
        await audit.RecordAsync(connection, transaction, new AuditRecord("vendor.webhook-secret-rotated", "VendorWebhook", orgId.ToString(),
            "Install webhook signing secret replaced"));
        await transaction.CommitAsync(cancellationToken);
        return secret;
    }

    /// <summary>The newest events sent (or being sent) to the current vendor, each with its attempts.</summary>
    public async Task<IReadOnlyList<WebhookEvent>> ListEventsForCurrentAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (!IsVendorDeveloper)
            return [];
        var orgId = actor.RequireOrganisationId();
        var events = await db.QueryListAsync<WebhookEvent>(
            """
            SELECT id, event_type, app_id, created_at, attempts, next_attempt_at, delivered_at, failed_at, last_error
            FROM vendor_webhook_events WHERE vendor_org_id = @orgId ORDER BY created_at DESC, id DESC LIMIT @limit
            """, new { orgId, limit }, cancellationToken);
        if (events.Count == 0)
            return events;
        var attempts = (await db.QueryListAsync<WebhookAttempt>(
            """
            SELECT t.event_id, t.attempt, t.attempted_at, t.status_code, t.error
            FROM vendor_webhook_attempts t JOIN vendor_webhook_events e ON e.id = t.event_id
            WHERE e.vendor_org_id = @orgId AND e.created_at >= @oldest ORDER BY t.attempt
            """, new { orgId, oldest = events[^1].CreatedAt }, cancellationToken)).ToLookup(a => a.EventId);
        return events.Select(e => WithAttempts(e, attempts[e.Id].ToList())).ToList();
    }

    private bool IsVendorDeveloper => actor.OrganisationKind == OrganisationKind.Vendor && actor.IsInRole(Roles.VendorDeveloper);

    private static WebhookEvent WithAttempts(WebhookEvent e, IReadOnlyList<WebhookAttempt> attempts) => new()
    {
        Id = e.Id, EventType = e.EventType, AppId = e.AppId, CreatedAt = e.CreatedAt, Attempts = e.Attempts, NextAttemptAt = e.NextAttemptAt,
        DeliveredAt = e.DeliveredAt, FailedAt = e.FailedAt, LastError = e.LastError, AttemptLog = attempts,
    };
}
