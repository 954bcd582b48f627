using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>
/// Renews the subscriptions that are due. Each renewal is an order: the voucher's share is held in the transaction
/// that creates it, under the programme's and voucher's locks, exactly as at checkout (so a voucher pays only while it
/// is valid and has balance, cap and budget left); the remainder is charged to the card on file outside the
/// transaction, then a second transaction commits the hold or releases it. A failed charge makes the subscription past
/// due and tells the firm.
/// </summary>
public sealed class SubscriptionRenewer(
    IDbConnectionFactory db, OrderSettlement settlement, LedgerWriter ledger, AuditLog audit, IRenewalCharger charger, IRenewalNotifier notifier,
    IOptions<CheckoutOptions> options, TimeProvider clock)
{
    /// <summary>Renews every subscription due now (a hundred at a time); the number of renewals paid.</summary>
    public async Task<int> RenewDueAsync(CancellationToken cancellationToken = default)
    {
        var due = await db.QueryListAsync<Guid>(
            "SELECT id FROM checkout_subscriptions WHERE status = 'Active' AND renews_at <= @now ORDER BY renews_at LIMIT 100",
            new { now = clock.GetUtcNow() }, cancellationToken);
        var paid = 0;
        foreach (var id in due)
        {
            try
            {
                if (await RenewAsync(id, cancellationToken))
                {
                    paid++;
                }
            }
            catch (Exception exception) when (exception is Stripe.StripeException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The provider could not be reached: the renewal order waits and is charged again, same key, next time.
            }
        }
        return paid;
    }

    private async Task<bool> RenewAsync(Guid subscriptionId, CancellationToken cancellationToken)
    {
        CheckoutOrder order;
        Subscription subscription;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var due = await LockDueAsync(connection, transaction, subscriptionId, cancellationToken);
            if (due is null)
            {
                return false;
            }
            subscription = due;
            // A renewal order left waiting by a crash is charged again under the same idempotency key.
            order = await RenewalOrderAsync(connection, transaction, subscription, cancellationToken)
                ?? await PlaceAsync(connection, transaction, subscription, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        if (order.Status == OrderStatuses.Released)
        {
            // Its charge never completed (the provider was unreachable until the hold ran out).
            await MarkPastDueAsync(subscription, order, RenewalFailures.NotCompleted, cancellationToken);
            return false;
        }
        if (order.Status == OrderStatuses.Paid)
        {
            return true;
        }
        var charge = await ChargeAsync(order, subscription, cancellationToken);
        return await SettleAsync(order, subscription, charge, cancellationToken);
    }

    private async Task<Subscription?> LockDueAsync(DbConnection connection, DbTransaction transaction, Guid subscriptionId, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<Subscription>(new CommandDefinition(
            $"SELECT {Subscription.Columns} {Subscription.From} WHERE s.id = @subscriptionId AND s.status = 'Active' AND s.renews_at <= @now " +
            db.Dialect.ForUpdateSkipLocked.Replace("FOR UPDATE", "FOR UPDATE OF s", StringComparison.Ordinal),
            new { subscriptionId, now = clock.GetUtcNow() }, transaction, cancellationToken: cancellationToken));

    private static Task<CheckoutOrder?> RenewalOrderAsync(DbConnection connection, DbTransaction transaction, Subscription subscription, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<CheckoutOrder>(new CommandDefinition(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.renewal_of = @Id AND o.renewal_due_at = @RenewsAt",
            new { subscription.Id, subscription.RenewsAt }, transaction, cancellationToken: cancellationToken));

    /// <summary>The renewal order for the due date, with the voucher's share held; paid at once when the voucher covers it all.</summary>
    private async Task<CheckoutOrder> PlaceAsync(DbConnection connection, DbTransaction transaction, Subscription subscription, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var first = await connection.QuerySingleAsync<CheckoutOrder>(new CommandDefinition(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.id = @FirstOrderId", new { subscription.FirstOrderId }, transaction, cancellationToken: cancellationToken));
        var payout = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT payout_account_id FROM vendor_onboarding WHERE org_id = @VendorOrgId", new { first.VendorOrgId }, transaction, cancellationToken: cancellationToken));
        var (share, voucherNote) = await ShareAsync(connection, transaction, subscription, cancellationToken);
        var remainder = subscription.PriceMinor - share;
        var order = new CheckoutOrder
        {
            Id = Guid.CreateVersion7(), FirmOrgId = subscription.FirmOrgId, AppId = subscription.AppId, AppVersion = first.AppVersion, VendorOrgId = first.VendorOrgId,
            VoucherId = share > 0 ? subscription.VoucherId : null, ProgrammeId = share > 0 ? first.ProgrammeId : null, PriceMinor = subscription.PriceMinor,
            ShareMinor = share, RemainderMinor = remainder, FeeMinor = Math.Min(options.Value.FeeFor(subscription.PriceMinor), remainder),
            Currency = subscription.Currency, Status = OrderStatuses.AwaitingPayment, ConsentedScopes = first.ConsentedScopes, PayoutAccountId = payout,
            Sandbox = first.Sandbox, CreatedAt = now, ExpiresAt = now.AddMinutes(options.Value.HoldMinutes), AppNameEn = subscription.AppNameEn, AppNameZh = subscription.AppNameZh,
        };
        await RenewalOrderInsert.RunAsync(connection, transaction, order, subscription, cancellationToken);
        if (order.ShareMinor > 0)
        {
            await ledger.PostAsync(connection, transaction, CheckoutPostings.Hold(order, null), cancellationToken);
        }
        await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.renewal-placed", "CheckoutOrder", order.Id.ToString(),
            $"Renewal of {subscription.AppNameEn} due {subscription.RenewsAt:yyyy-MM-dd}: voucher {Money.Format(order.ShareMinor, order.Currency)}"
            + (voucherNote is null ? "" : $" ({voucherNote})") + $", card {Money.Format(order.RemainderMinor, order.Currency)}", order.FirmOrgId));
        if (order.RemainderMinor > 0)
        {
            return order;
        }
        await settlement.MarkPaidAsync(connection, transaction, order, null, cancellationToken);
        await AdvanceAsync(connection, transaction, subscription, cancellationToken);
        return new CheckoutOrder { Id = order.Id, Status = OrderStatuses.Paid };
    }

    /// <summary>
    /// The voucher's share of this renewal, by the same calculation as checkout, under the same locks. The
    /// subscription's first order already counted as one of the voucher's purchases; its renewals are that purchase,
    /// not new ones. A voucher that cannot pay (expired, spent, cap or budget reached) leaves it all to the card.
    /// </summary>
    private async Task<(long Share, string? Note)> ShareAsync(DbConnection connection, DbTransaction transaction, Subscription subscription, CancellationToken cancellationToken)
    {
        if (subscription.VoucherId is null)
        {
            return (0, null);
        }
        var facts = await connection.QuerySingleAsync<(string Category, bool VoucherEligible, string Code, string? Band)>(new CommandDefinition(
            """
            SELECT a.category, a.voucher_eligible, v.code, f.headcount_band
            FROM marketplace_apps a, vouchers v, organisations f
            WHERE a.id = @AppId AND v.id = @VoucherId AND f.id = @FirmOrgId
            """, new { subscription.AppId, subscription.VoucherId, subscription.FirmOrgId }, transaction, cancellationToken: cancellationToken));
        var basis = new ShareInputs
        {
            AppId = subscription.AppId, AppCategory = facts.Category, AppVoucherEligible = facts.VoucherEligible, PriceMinor = subscription.PriceMinor,
            Currency = subscription.Currency, FirmOrgId = subscription.FirmOrgId, FirmHeadcountBand = facts.Band, Now = clock.GetUtcNow(),
        };
        var state = await VoucherState.ReadAsync(connection, transaction, db.Dialect.ForUpdate, facts.Code, basis, cancellationToken);
        var quote = ShareCalculator.Calculate(RenewalShare.AsSamePurchase(state!));
        return quote.Succeeded ? (quote.Value.ShareMinor, null) : (0, quote.Errors[0].Message);
    }

    private async Task<RenewalCharge> ChargeAsync(CheckoutOrder order, Subscription subscription, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(order.PayoutAccountId))
        {
            return RenewalCharge.Failed(RenewalFailures.VendorCannotBePaid);
        }
        var cardOnFile = await db.QuerySingleOrDefaultAsync<string?>(
            $"""
            SELECT payment_intent_id FROM checkout_orders
            WHERE (id = @FirstOrderId OR renewal_of = @Id) AND status = 'Paid' AND payment_intent_id IS NOT NULL AND remainder_minor > 0
            ORDER BY created_at DESC LIMIT 1
            """, new { subscription.FirstOrderId, subscription.Id }, cancellationToken);
        return await charger.ChargeAsync(new RenewalChargeRequest
        {
            OrderId = order.Id, AmountMinor = order.RemainderMinor, Currency = order.Currency, ApplicationFeeMinor = order.FeeMinor,
            DestinationAccountId = order.PayoutAccountId, CardOnFilePaymentIntentId = cardOnFile, IdempotencyKey = $"renewal-{order.Id:N}",
            Description = $"{order.AppNameEn} ({order.AppId}) renewal due {subscription.RenewsAt:yyyy-MM-dd}",
        }, cancellationToken);
    }

    private async Task<bool> SettleAsync(CheckoutOrder order, Subscription subscription, RenewalCharge charge, CancellationToken cancellationToken)
    {
        if (!charge.Paid)
        {
            await settlement.ReleaseAsync(order.Id, $"the renewal could not be charged: {charge.FailureReason}", cancellationToken);
            await MarkPastDueAsync(subscription, order, charge.FailureReason!, cancellationToken);
            return false;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE checkout_orders SET payment_intent_id = @PaymentIntentId WHERE id = @Id AND status = 'AwaitingPayment'",
            new { charge.PaymentIntentId, order.Id }, transaction, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            // Another worker settled it meanwhile (same idempotency key, so the card paid once).
            return false;
        }
        var current = await connection.QuerySingleAsync<CheckoutOrder>(new CommandDefinition(
            $"SELECT {CheckoutOrder.Columns} {CheckoutOrder.From} WHERE o.id = @Id", new { order.Id }, transaction, cancellationToken: cancellationToken));
        await settlement.MarkPaidAsync(connection, transaction, current, null, cancellationToken);
        await AdvanceAsync(connection, transaction, subscription, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private Task AdvanceAsync(DbConnection connection, DbTransaction transaction, Subscription subscription, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE checkout_subscriptions SET renews_at = @next, past_due_reason = NULL WHERE id = @Id AND renews_at = @RenewsAt AND status = 'Active'",
            new { next = subscription.NextAfter(subscription.RenewsAt), subscription.Id, subscription.RenewsAt }, transaction, cancellationToken: cancellationToken));

    private async Task MarkPastDueAsync(Subscription subscription, CheckoutOrder order, string reason, CancellationToken cancellationToken)
    {
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE checkout_subscriptions SET status = 'PastDue', past_due_reason = @reason WHERE id = @Id AND status = 'Active'",
                new { reason, subscription.Id }, transaction, cancellationToken: cancellationToken));
            await audit.RecordAsync(connection, transaction, new AuditRecord("checkout.subscription-past-due", "Subscription", subscription.Id.ToString(),
                $"Renewal of {subscription.AppNameEn} ({Money.Format(order.RemainderMinor, order.Currency)} by card) failed: {reason}", subscription.FirmOrgId));
            await transaction.CommitAsync(cancellationToken);
        }
        var recipients = await db.QueryListAsync<string>(
            "SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = @FirmOrgId AND u.email IS NOT NULL ORDER BY u.email",
            new { subscription.FirmOrgId }, cancellationToken);
        if (recipients.Count > 0)
        {
            await notifier.NotifyPastDueAsync(new RenewalNotice(subscription.AppNameEn, subscription.AppNameZh, order.RemainderMinor, order.Currency, reason), recipients, cancellationToken);
        }
    }
}
