using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

public sealed partial class IntegrityStore
{
    public static readonly FieldError OrderNotFound = new("", "Errors.Integrity.OrderNotFound", "There is no such order in this programme.");

    /// <summary>Marks a voucher-paid order for a spot check; its outcome is recorded later.</summary>
    public async Task<Result<IntegrityOrder>> MarkForSpotCheckAsync(Guid programmeId, Guid orderId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var order = await OrderAsync(connection, transaction, programmeId, orderId, cancellationToken);
        if (order is null)
        {
            return OrderNotFound;
        }
        var added = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO voucher_spot_checks (order_id, programme_id, status, outcome_note, marked_at, marked_by)
            VALUES (@orderId, @programmeId, 'Open', NULL, @now, @userId) ON CONFLICT (order_id) DO NOTHING
            """, new { orderId, programmeId, now = clock.GetUtcNow(), userId = actor.UserId }, transaction, cancellationToken: cancellationToken));
        if (added == 0)
        {
            return new FieldError("", "Errors.Integrity.AlreadySpotChecked", "This order is already marked for a spot check.");
        }
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.spot-check-marked", "CheckoutOrder", orderId.ToString(),
            $"Order for {order.AppNameEn} by {order.FirmName} ({Money.Format(order.ShareMinor, order.Currency)} by voucher) marked for a spot check"));
        await transaction.CommitAsync(cancellationToken);
        return (await OrderAsync(connection, null, programmeId, orderId, cancellationToken))!;
    }

    /// <summary>Records whether an open spot check passed or failed, with what was found.</summary>
    public async Task<Result<IntegrityOrder>> RecordSpotCheckAsync(Guid programmeId, Guid orderId, bool passed, string note, CancellationToken cancellationToken = default)
    {
        note = note.Trim();
        if (note.Length is 0 or > MaxReasonLength)
        {
            return new FieldError("Note", "Errors.Integrity.SpotCheckNote", $"Say what the check found in 1 to {MaxReasonLength} characters.");
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var order = await OrderAsync(connection, transaction, programmeId, orderId, cancellationToken);
        if (order is null)
        {
            return OrderNotFound;
        }
        var status = passed ? SpotCheckStatuses.Passed : SpotCheckStatuses.Failed;
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE voucher_spot_checks SET status = @status, outcome_note = @note, decided_at = @now, decided_by = @userId
            WHERE order_id = @orderId AND status = 'Open'
            """, new { status, note, orderId, now = clock.GetUtcNow(), userId = actor.UserId }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new FieldError("", "Errors.Integrity.NoOpenSpotCheck", "This order has no open spot check.");
        }
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.spot-check-recorded", "CheckoutOrder", orderId.ToString(),
            $"Spot check of the order for {order.AppNameEn} by {order.FirmName}: {status.ToLowerInvariant()}. {note}"));
        await transaction.CommitAsync(cancellationToken);
        return (await OrderAsync(connection, null, programmeId, orderId, cancellationToken))!;
    }

    /// <summary>Asks the firm that placed the order a satisfaction question; it answers on its vouchers page.</summary>
    public async Task<Result<SatisfactionQuestion>> AskAsync(Guid programmeId, Guid orderId, string question, CancellationToken cancellationToken = default)
    {
        question = question.Trim();
        if (question.Length is 0 or > SatisfactionQuestion.MaxQuestionLength)
        {
            return new FieldError("Question", "Errors.Integrity.Question", $"Ask in 1 to {SatisfactionQuestion.MaxQuestionLength} characters.");
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var order = await OrderAsync(connection, transaction, programmeId, orderId, cancellationToken);
        if (order is null)
        {
            return OrderNotFound;
        }
        var id = Guid.CreateVersion7();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO voucher_satisfaction_questions (id, programme_id, order_id, firm_org_id, question, asked_at, asked_by)
            VALUES (@id, @programmeId, @orderId, @FirmOrgId, @question, @now, @userId)
            """, new { id, programmeId, orderId, order.FirmOrgId, question, now = clock.GetUtcNow(), userId = actor.UserId }, transaction, cancellationToken: cancellationToken));
        var summary = $"Satisfaction question about {order.AppNameEn} asked of {order.FirmName}: {question}";
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.satisfaction-asked", "SatisfactionQuestion", id.ToString(), summary));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vouchers.satisfaction-asked", "SatisfactionQuestion", id.ToString(), summary, order.FirmOrgId));
        await transaction.CommitAsync(cancellationToken);
        return (await connection.QuerySingleAsync<SatisfactionQuestion>(new CommandDefinition(
            $"{SatisfactionQuestion.Select} WHERE q.id = @id", new { id }, cancellationToken: cancellationToken)));
    }

    private async Task<IntegrityOrder?> OrderAsync(DbConnection connection, DbTransaction? transaction, Guid programmeId, Guid orderId, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<IntegrityOrder>(new CommandDefinition(
            $"{IntegrityOrder.Select} WHERE o.id = @orderId AND o.programme_id = @programmeId AND p.org_id = @orgId",
            new { orderId, programmeId, orgId = RequireOfficer() }, transaction, cancellationToken: cancellationToken));
}
