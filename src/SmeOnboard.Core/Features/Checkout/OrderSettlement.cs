using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// Moves orders on from what the payment provider reports: a success commits the hold and installs the app, a
/// failure or an order left unpaid past its hold releases the hold. Each event is applied once, by its id, in the
/// same transaction as its effects; an event that arrives after the order was settled changes nothing.
/// </summary>
public sealed class OrderSettlement(IDbConnectionFactory db, LedgerWriter ledger, AuditLog audit, IPaymentGateway payments, TimeProvider clock)
{
    public async Task<CheckoutOrder?> FindAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        await db.QuerySingleOrDefaultAsync<CheckoutOrder>($"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.id = @orderId", new { orderId }, cancellationToken);

    public async Task<PaymentEventOutcome> ApplyAsync(PaymentEvent paymentEvent, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var firstTime = await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO processed_payment_events (event_id, type, processed_at) VALUES (@EventId, @Type, @now)
            ON CONFLICT (event_id) DO NOTHING
            """, new { paymentEvent.EventId, paymentEvent.Type, now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        if (firstTime == 0)
        {
            return PaymentEventOutcome.Duplicate;
        }
        var order = await connection.QuerySingleOrDefaultAsync<CheckoutOrder>(new CommandDefinition(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.payment_intent_id = @PaymentIntentId {db.Dialect.ForUpdate.Replace("FOR UPDATE", "FOR UPDATE OF o", StringComparison.Ordinal)}",
            new { paymentEvent.PaymentIntentId }, transaction, cancellationToken: cancellationToken));
        var outcome = PaymentEventOutcome.Ignored;
        if (order is { Status: OrderStatuses.AwaitingPayment })
        {
            if (paymentEvent.Type == PaymentEvent.Succeeded && paymentEvent.AmountMinor == order.RemainderMinor
                && string.Equals(paymentEvent.Currency, order.Currency, StringComparison.OrdinalIgnoreCase))
            {
                await MarkPaidAsync(connection, transaction, order, null, cancellationToken);
                outcome = PaymentEventOutcome.Applied;
            }
            else if (paymentEvent.Type == PaymentEvent.Failed)
            {
                await ReleaseAsync(connection, transaction, order, "the card payment failed", cancellationToken);
                outcome = PaymentEventOutcome.Applied;
            }
        }
        else if (order is { Status: OrderStatuses.Released } && paymentEvent.Type == PaymentEvent.Succeeded)
        {
            await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.late-payment", "CheckoutOrder", order.Id.ToString(),
                $"A card payment of {Money.Format(paymentEvent.AmountMinor, paymentEvent.Currency.ToUpperInvariant())} arrived after the order was released; refund it", order.FirmOrgId));
        }
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>Releases the hold of an order still waiting for payment; false when it was settled meanwhile.</summary>
    public async Task<bool> ReleaseAsync(Guid orderId, string why, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var order = await connection.QuerySingleOrDefaultAsync<CheckoutOrder>(new CommandDefinition(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.id = @orderId", new { orderId }, transaction, cancellationToken: cancellationToken));
        if (order is not { Status: OrderStatuses.AwaitingPayment } || !await ReleaseAsync(connection, transaction, order, why, cancellationToken))
        {
            return false;
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Releases every unpaid order whose hold lapsed — its hold time ran out, or the voucher's programme suspended the
    /// app's vendor, whose apps its vouchers may no longer pay for — and cancels its card payment at the provider; the
    /// number released. A cancellation the provider refuses (the card paid meanwhile) leaves the late payment to the
    /// payment event, which records it for a refund.
    /// </summary>
    public async Task<int> ReleaseLapsedAsync(CancellationToken cancellationToken = default)
    {
        var lapsed = await db.QueryListAsync<LapsedOrder>(
            """
            SELECT o.id, o.payment_intent_id, CASE WHEN o.expires_at <= @now THEN 0 ELSE 1 END AS vendor_suspended
            FROM checkout_orders o
            WHERE o.status = 'AwaitingPayment'
              AND (o.expires_at <= @now
                   OR (o.share_minor > 0 AND EXISTS (SELECT 1 FROM programme_vendor_suspensions s
                                                     WHERE s.programme_id = o.programme_id AND s.vendor_org_id = o.vendor_org_id)))
            ORDER BY o.expires_at LIMIT 100
            """, new { now = clock.GetUtcNow() }, cancellationToken);
        var released = 0;
        foreach (var order in lapsed)
        {
            if (!await ReleaseAsync(order.Id, order.VendorSuspended == 1 ? "the programme suspended the app's vendor" : "no payment within the hold time", cancellationToken))
            {
                continue;
            }
            released++;
            if (order.PaymentIntentId is not null)
            {
                try
                {
                    await payments.CancelAsync(order.PaymentIntentId, cancellationToken);
                }
                catch (Stripe.StripeException)
                {
                    // Paid in the meantime: the succeeded event arrives for a released order and is recorded for a refund.
                }
            }
        }
        return released;
    }

    private sealed class LapsedOrder
    {
        public Guid Id { get; init; }
        public string? PaymentIntentId { get; init; }
        public long VendorSuspended { get; init; }
    }

    internal async Task MarkPaidAsync(DbConnection connection, DbTransaction transaction, CheckoutOrder order, Guid? userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE checkout_orders SET status = 'Paid', settled_at = @now WHERE id = @Id AND status = 'AwaitingPayment'",
            new { now, order.Id }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new InvalidOperationException($"Order {order.Id} was settled meanwhile.");
        }
        var batch = new SqlBatch();
        AddPaid(batch, order, userId, now, await AppInstallStore.IsActiveAsync(connection, transaction, order.FirmOrgId, order.AppId, cancellationToken), []);
        await batch.ExecuteAsync(connection, transaction, cancellationToken);
    }

    /// <summary>
    /// Adds what follows from an order marked paid (here or by the caller's insert) to the caller's batch: the install
    /// (unless the app is already installed), the paid posting (after <paramref name="earlierPostings"/>, written with
    /// it), the subscription and the audit record.
    /// </summary>
    internal void AddPaid(SqlBatch batch, CheckoutOrder order, Guid? userId, DateTimeOffset now, bool alreadyInstalled, IReadOnlyList<LedgerPosting> earlierPostings)
    {
        if (!alreadyInstalled)
        {
            AppInstallStore.AddPaidInstall(batch, order.FirmOrgId, order.AppId, order.AppVersion, order.Scopes, userId, now);
        }
        audit.Add(batch, new AuditRecord("checkout.order-paid", "CheckoutOrder", order.Id.ToString(),
            $"Order for {order.AppNameEn} paid ({Money.Format(order.ShareMinor, order.Currency)} by voucher, {Money.Format(order.RemainderMinor, order.Currency)} by card)"
            + (alreadyInstalled ? "; the app was already installed" : $"; installed with consent to {(order.Scopes.Count == 0 ? "no data scopes" : string.Join(", ", order.Scopes))}"),
            order.FirmOrgId));
        ledger.Add(batch, [.. earlierPostings, CheckoutPostings.Paid(order)]);
        Renewals.SubscriptionStarts.Add(batch, order.Id, now);
    }

    private async Task<bool> ReleaseAsync(DbConnection connection, DbTransaction transaction, CheckoutOrder order, string why, CancellationToken cancellationToken)
    {
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE checkout_orders SET status = 'Released', settled_at = @now WHERE id = @Id AND status = 'AwaitingPayment'",
            new { now = clock.GetUtcNow(), order.Id }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return false;
        }
        if (order.ShareMinor > 0)
        {
            await ledger.PostAsync(connection, transaction, CheckoutPostings.Release(order, why), cancellationToken);
        }
        await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.order-released", "CheckoutOrder", order.Id.ToString(),
            $"Order for {order.AppNameEn} released: {why}; {Money.Format(order.ShareMinor, order.Currency)} returned to the voucher", order.FirmOrgId));
        return true;
    }
}
