using Dapper;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Benchmarks.Vouchers;

/// <summary>
/// What the ledger says after the runs, all derived from ledger_entries: the sum of every entry (must be 0), and the
/// overspend in minor units (must be 0): programme budgets below zero, voucher balances below zero, firms' use over
/// their cap, plus any difference between what the ledger spent and what paid orders say vouchers paid.
/// </summary>
public sealed record LedgerAudit(long LedgerSum, long Overspend, long Spent, long PaidOrders, long OrderShares)
{
    public static async Task<LedgerAudit> RunAsync(IDbConnectionFactory db)
    {
        await using var connection = await db.OpenAsync();
        var sum = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entries");
        var programmes = await connection.ExecuteScalarAsync<long>(
            """
            SELECT COALESCE(SUM(CASE WHEN remaining < 0 THEN -remaining ELSE 0 END), 0) FROM (
                SELECT -SUM(CASE WHEN account IN ('ProgrammeFunding', 'VoucherHold', 'VoucherSpent') THEN amount_minor ELSE 0 END) AS remaining
                FROM ledger_entries WHERE programme_id IS NOT NULL GROUP BY programme_id) p
            """);
        var vouchers = await connection.ExecuteScalarAsync<long>(
            """
            SELECT COALESCE(SUM(CASE WHEN balance < 0 THEN -balance ELSE 0 END), 0) FROM (
                SELECT SUM(amount_minor) AS balance FROM ledger_entries WHERE account = 'Voucher' GROUP BY owner_id) v
            """);
        var caps = await connection.ExecuteScalarAsync<long>(
            """
            SELECT COALESCE(SUM(CASE WHEN used > cap THEN used - cap ELSE 0 END), 0) FROM (
                SELECT v.firm_org_id, v.programme_id, SUM(le.amount_minor) AS used, MAX(CAST(r.rules ->> 'capPerFirmMinor' AS bigint)) AS cap
                FROM ledger_entries le JOIN vouchers v ON v.id = le.owner_id
                JOIN voucher_programme_revisions r ON r.programme_id = v.programme_id AND r.revision = v.revision
                WHERE le.account IN ('VoucherHold', 'VoucherSpent') GROUP BY v.firm_org_id, v.programme_id) f
            """);
        var spent = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entries WHERE account = 'VoucherSpent'");
        var orders = await connection.QuerySingleAsync<(long Count, long Shares)>("SELECT COUNT(*), COALESCE(SUM(share_minor), 0) FROM checkout_orders WHERE status = 'Paid'");
        return new LedgerAudit(sum, programmes + vouchers + caps + Math.Abs(spent - orders.Shares), spent, orders.Count, orders.Shares);
    }

    public override string ToString() =>
        $"ledger after the runs: sum of all entries {LedgerSum} (must be 0); overspend {Overspend} fen (must be 0); " +
        $"{PaidOrders:N0} paid orders, voucher shares {OrderShares:N0} fen, VoucherSpent in the ledger {Spent:N0} fen";
}
