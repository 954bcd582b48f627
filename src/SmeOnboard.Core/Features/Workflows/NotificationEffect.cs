using System.Net;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Email;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Notifies members of the message's organisation, named by role or as one person (id or email): by email through the
/// portal's sender, or in the app as notification rows. In-app rows are keyed by idempotency key and person, so a
/// repeated dispatch writes nothing new; an email may go twice if a dispatcher dies between sending and marking done.
/// </summary>
public sealed class NotificationEffect(IDbConnectionFactory db, IMailSender mail, TimeProvider clock) : IOutboxEffect
{
    public OutboxKind Kind => OutboxKind.Notification;

    public async Task PerformAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.Payload;
        var subject = payload["subject"]?.GetValue<string>() ?? "";
        var body = payload["body"]?.GetValue<string>() ?? "";
        var recipients = await RecipientsAsync(message, cancellationToken);
        if (payload["channel"]?.GetValue<string>() == "Email")
        {
            foreach (var recipient in recipients)
                await mail.SendAsync(new EmailMessage(recipient.Email, subject, body, $"<p>{WebUtility.HtmlEncode(body)}</p>"), cancellationToken);
            return;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO notifications (org_id, user_id, idempotency_key, subject, body, created_at)
                VALUES (@orgId, @userId, @key, @subject, @body, @now)
                ON CONFLICT (idempotency_key, user_id) DO NOTHING
                """,
                new { orgId = OrganisationKey.Parse(message.OrganisationId), userId = recipient.UserId, key = message.IdempotencyKey, subject, body, now = clock.GetUtcNow() },
                cancellationToken: cancellationToken));
        }
    }

    private async Task<IReadOnlyList<NotificationRecipient>> RecipientsAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var toRole = message.Payload["toRole"]?.GetValue<string>();
        var toUser = message.Payload["toUser"]?.GetValue<string>();
        var userId = Guid.TryParse(toUser, out var id) ? id : (Guid?)null;
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<NotificationRecipient>(new CommandDefinition(
            $"""
            SELECT u.id AS user_id, u.email FROM memberships m JOIN users u ON u.id = m.user_id
            WHERE m.org_id = @orgId AND (m.role = @toRole OR u.id = @userId OR u.normalized_email = @email)
            ORDER BY u.email
            """,
            new { orgId = OrganisationKey.Parse(message.OrganisationId), toRole, userId, email = userId is null ? toUser?.ToUpperInvariant() : null },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
