using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>
/// Starts the subscription of an app priced monthly or yearly when its first order is paid, in the same transaction;
/// the first renewal falls due one period after payment. Renewal orders and one-time apps start nothing.
/// </summary>
internal static class SubscriptionStarts
{
    /// <summary>Adds the start to the caller's batch (after the order's insert or update), written when the batch runs.</summary>
    public static void Add(SqlBatch batch, Guid orderId, DateTimeOffset now) =>
        batch.Add(
            """
            INSERT INTO checkout_subscriptions (id, firm_org_id, app_id, first_order_id, voucher_id, period, price_minor, currency, status, renews_at, created_at)
            SELECT @id, o.firm_org_id, o.app_id, o.id, o.voucher_id, a.pricing_model, o.price_minor, o.currency, 'Active',
                   CASE WHEN a.pricing_model = 'yearly' THEN @yearly ELSE @monthly END, @now
            FROM checkout_orders o JOIN marketplace_apps a ON a.id = o.app_id
            WHERE o.id = @orderId AND o.renewal_of IS NULL AND a.pricing_model IN ('monthly', 'yearly')
              AND NOT EXISTS (SELECT 1 FROM checkout_subscriptions s WHERE s.firm_org_id = o.firm_org_id AND s.app_id = o.app_id AND s.status IN ('Active', 'PastDue'))
            """, new { id = Guid.CreateVersion7(), orderId, now, monthly = now.AddMonths(1), yearly = now.AddYears(1) });
}
