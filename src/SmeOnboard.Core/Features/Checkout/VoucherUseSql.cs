using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// What limits a voucher's next share, as SQL over the ledger and the orders: read for a quote, and read again under the
/// row locks where the hold is written (<see cref="VoucherHoldGuard"/>), so both ask the same question.
/// </summary>
internal static class VoucherUseSql
{
    /// <summary>The firm's holds and spending in the programme, which count against its cap.</summary>
    public static string FirmUsed(string firmExpression, string programmeExpression) =>
        $"""
        (SELECT COALESCE(SUM(le.amount_minor), 0) FROM ledger_entries le JOIN vouchers fv ON fv.id = le.owner_id
         WHERE fv.firm_org_id = {firmExpression} AND fv.programme_id = {programmeExpression} AND le.account IN ('{LedgerAccount.VoucherHold}', '{LedgerAccount.VoucherSpent}'))
        """;

    /// <summary>The programme's budget not yet held or spent.</summary>
    public static string ProgrammeRemaining(string programmeExpression) =>
        $"(-{LedgerSql.ProgrammeTotal([LedgerAccount.ProgrammeFunding, LedgerAccount.VoucherHold, LedgerAccount.VoucherSpent], programmeExpression)})";

    /// <summary>Purchases the voucher paid or is paying for (renewals are not purchases), and claims filed against it.</summary>
    public static string PurchasesUsed(string voucherExpression) =>
        $"""
        ((SELECT COUNT(*) FROM checkout_orders o WHERE o.voucher_id = {voucherExpression} AND o.status IN ('AwaitingPayment', 'Paid') AND o.renewal_of IS NULL)
         + (SELECT COUNT(*) FROM voucher_claims c WHERE c.voucher_id = {voucherExpression} AND c.status IN ('Filed', 'Approved')))
        """;
}
