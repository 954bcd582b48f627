using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Ledger;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// Platform administrators' view of orders and their refunds, full or partial: the card part goes back through the
/// payment provider, the voucher part back to the voucher's balance (and so to the firm's cap and the programme's
/// budget) as ledger entries. Never more than was paid in either part.
/// </summary>
public sealed class RefundStore(IDbConnectionFactory db, ICurrentActor actor, IPaymentGateway payments, LedgerWriter ledger, AuditLog audit, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public async Task<IReadOnlyList<CheckoutOrder>> ListOrdersAsync(CancellationToken cancellationToken = default)
    {
        RequirePlatformAdmin();
        return await db.QueryListAsync<CheckoutOrder>(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} ORDER BY o.created_at DESC, o.id LIMIT 500", null, cancellationToken);
    }

    public Task<Result<CheckoutOrder>> RefundAsync(Guid orderId, long cardMinor, long voucherMinor, string reason, CancellationToken cancellationToken = default) =>
        RefundAsync(orderId, cardMinor, voucherMinor, reason, null, cancellationToken);

    /// <summary>
    /// The refund, with <paramref name="beforeRefund"/> run in its transaction once the order is locked and the amounts
    /// checked, before the provider is asked: a refusal it answers leaves everything as it was.
    /// </summary>
    internal async Task<Result<CheckoutOrder>> RefundAsync(Guid orderId, long cardMinor, long voucherMinor, string reason,
        Func<DbConnection, DbTransaction, Guid, Task<FieldError?>>? beforeRefund, CancellationToken cancellationToken)
    {
        RequirePlatformAdmin();
        reason = reason.Trim();
        if (RefundRules.InputRefusal(cardMinor, voucherMinor, reason) is { } badInput)
        {
            return badInput;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var order = await connection.QuerySingleOrDefaultAsync<CheckoutOrder>(new CommandDefinition(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.id = @orderId {db.Dialect.ForUpdate.Replace("FOR UPDATE", "FOR UPDATE OF o", StringComparison.Ordinal)}",
            new { orderId }, transaction, cancellationToken: cancellationToken));
        if (order is null)
        {
            return new FieldError("", "Errors.Checkout.OrderNotFound", "There is no such order.");
        }
        if (RefundRules.OrderRefusal(order, cardMinor, voucherMinor) is { } badOrder)
        {
            return badOrder;
        }
        // A purchase the programme reimburses (or is deciding on) refunded as well would be paid for twice.
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM voucher_claims WHERE order_id = @orderId AND status IN ('Filed', 'Approved')",
                new { orderId }, transaction, cancellationToken: cancellationToken)) > 0)
        {
            return new FieldError("", "Errors.Checkout.RefundClaimed",
                "The firm claimed a voucher reimbursement for this order; the programme's officer must reject that claim before the order can be refunded.");
        }
        var refundId = Guid.CreateVersion7();
        if (beforeRefund is not null && await beforeRefund(connection, transaction, refundId) is { } refusal)
        {
            return refusal;
        }
        string? providerRefundId = null;
        if (cardMinor > 0)
        {
            providerRefundId = await payments.RefundAsync(order.PaymentIntentId!, cardMinor, $"refund-{refundId:N}", cancellationToken);
        }
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO checkout_refunds (id, order_id, card_minor, voucher_minor, provider_refund_id, reason, created_at, created_by)
            VALUES (@refundId, @orderId, @cardMinor, @voucherMinor, @providerRefundId, @reason, @now, @userId)
            """, new { refundId, orderId, cardMinor, voucherMinor, providerRefundId, reason, now = clock.GetUtcNow(), userId = actor.UserId },
            transaction, cancellationToken: cancellationToken));
        await ledger.PostAsync(connection, transaction, CheckoutPostings.Refund(order, cardMinor, voucherMinor, actor.UserId), cancellationToken);
        var summary = $"Order for {order.AppNameEn} refunded: {Money.Format(cardMinor, order.Currency)} to the card, {Money.Format(voucherMinor, order.Currency)} to the voucher. {reason}";
        await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.order-refunded", "CheckoutOrder", order.Id.ToString(), summary));
        await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.order-refunded", "CheckoutOrder", order.Id.ToString(), summary, order.FirmOrgId));
        await transaction.CommitAsync(cancellationToken);
        return (await db.QuerySingleOrDefaultAsync<CheckoutOrder>($"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.id = @orderId", new { orderId }, cancellationToken))!;
    }

    private void RequirePlatformAdmin()
    {
        if (!actor.IsInRole(Roles.PlatformAdmin))
        {
            throw new UnauthorizedAccessException("Only platform administrators refund orders.");
        }
    }
}
