using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace SmeOnboard.Core.Features.Marketplace.Webhooks;

/// <summary>
/// Queues a webhook event inside the caller's transaction, so the event exists exactly when the install change it
/// reports does. Nothing is queued for a vendor without a webhook address.
/// </summary>
public static class WebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<Guid?> EnqueueAsync(
        DbConnection connection, DbTransaction transaction, string eventType, string appId, Guid firmOrgId, object data, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var vendor = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            """
            SELECT w.vendor_org_id FROM marketplace_apps a JOIN vendor_webhooks w ON w.vendor_org_id = a.vendor_org_id
            WHERE a.id = @appId
            """, new { appId }, transaction, cancellationToken: cancellationToken));
        if (vendor is null)
            return null;
        var id = Guid.CreateVersion7();
        var body = JsonSerializer.Serialize(new { id, type = eventType, created = now, data }, Json);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO vendor_webhook_events (id, vendor_org_id, event_type, app_id, firm_org_id, body, created_at, next_attempt_at)
            VALUES (@id, @vendor, @eventType, @appId, @firmOrgId, @body, @now, @now)
            """, new { id, vendor, eventType, appId, firmOrgId, body, now }, transaction, cancellationToken: cancellationToken));
        return id;
    }
}
