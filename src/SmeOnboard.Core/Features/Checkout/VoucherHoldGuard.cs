using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// The check that makes a voucher share safe to hold, placed at the head of the batch that writes the order and its
/// hold: the programme's and the voucher's rows are locked, then the ledger is summed afresh (a statement of its own,
/// so it sees everything committed before the locks were granted), and the batch writes nothing unless the share still
/// fits the voucher's balance, the firm's cap and the programme's budget, the voucher has a purchase left, and nothing
/// withdrew the voucher, suspended the vendor or paused the programme since the quote was read. Two checkouts of one
/// programme therefore wait for each other only while the server runs one batch, not across the client's round trips.
/// </summary>
internal static class VoucherHoldGuard
{
    public static void Add(SqlBatch batch, SqlDialect dialect, CheckoutOrder order, ProgrammeRules rules)
    {
        var state = new
        {
            order.VoucherId, order.ProgrammeId, order.FirmOrgId, order.VendorOrgId, order.AppId, order.ShareMinor,
            cap = rules.CapPerFirmMinor, allowed = rules.PurchasesAllowed,
        };
        if (dialect.ForUpdate.Length > 0)
        {
            // SQLite's transaction already holds the database's write lock.
            batch.Add("SELECT 1 FROM voucher_programmes p JOIN vouchers v ON v.id = @VoucherId WHERE p.id = @ProgrammeId FOR UPDATE OF p, v", state);
        }
        batch.Require(
            $"""
            (SELECT status FROM voucher_programmes WHERE id = @ProgrammeId) = '{ProgrammeStatus.Published}'
            AND {LedgerSql.Balance(LedgerAccount.Voucher, "@VoucherId")} >= @ShareMinor
            AND @cap - {VoucherUseSql.FirmUsed("@FirmOrgId", "@ProgrammeId")} >= @ShareMinor
            AND {VoucherUseSql.ProgrammeRemaining("@VoucherId", "@ProgrammeId")} >= @ShareMinor
            AND {VoucherUseSql.PurchasesUsed("@VoucherId")} < @allowed
            AND NOT EXISTS (SELECT 1 FROM voucher_clawbacks WHERE voucher_id = @VoucherId)
            AND NOT EXISTS (SELECT 1 FROM programme_vendor_suspensions WHERE programme_id = @ProgrammeId AND vendor_org_id = @VendorOrgId)
            AND NOT EXISTS (SELECT 1 FROM marketplace_installs WHERE org_id = @FirmOrgId AND app_id = @AppId AND status = 'Active')
            """, "voucher share", state);
    }
}
