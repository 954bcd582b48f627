using System.Data.Common;
using Dapper;

namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>Writes a renewal order: a checkout order marked with its subscription and the due date it renews (unique together).</summary>
internal static class RenewalOrderInsert
{
    public static Task RunAsync(DbConnection connection, DbTransaction transaction, CheckoutOrder order, Subscription subscription, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO checkout_orders (id, firm_org_id, app_id, app_version, vendor_org_id, voucher_id, programme_id, price_minor, share_minor,
                remainder_minor, fee_minor, currency, status, consented_scopes, payment_intent_id, payout_account_id, sandbox, created_at, created_by, expires_at,
                renewal_of, renewal_due_at)
            VALUES (@Id, @FirmOrgId, @AppId, @AppVersion, @VendorOrgId, @VoucherId, @ProgrammeId, @PriceMinor, @ShareMinor,
                @RemainderMinor, @FeeMinor, @Currency, @Status, @ConsentedScopes, NULL, @PayoutAccountId, @Sandbox, @CreatedAt, NULL, @ExpiresAt,
                @subscriptionId, @dueAt)
            """,
            new
            {
                order.Id, order.FirmOrgId, order.AppId, order.AppVersion, order.VendorOrgId, order.VoucherId, order.ProgrammeId, order.PriceMinor, order.ShareMinor,
                order.RemainderMinor, order.FeeMinor, order.Currency, order.Status, order.ConsentedScopes, order.PayoutAccountId, order.Sandbox, order.CreatedAt,
                order.ExpiresAt, subscriptionId = subscription.Id, dueAt = subscription.RenewsAt,
            }, transaction, cancellationToken: cancellationToken));
}
