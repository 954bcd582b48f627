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

    /// <summary>
    /// The programme's budget not yet held or spent (funded less held less spent), as far as a share from one voucher
    /// can use it. Every posting keeps the programme's funding, unallocated budget, vouchers, holds and spending summing
    /// to zero, so this equals the unallocated budget plus every voucher's balance: while the unallocated budget is not
    /// below zero (the programme has not promised more than it has) it is at least the unallocated budget plus this
    /// voucher's balance, which is read instead — a sum over a few rows, where the exact figure sums every hold and
    /// payment the programme ever made. A programme that promised more than it has gets the exact figure.
    /// </summary>
    public static string ProgrammeRemaining(string voucherExpression, string programmeExpression) =>
        $"""
        (CASE WHEN {Unallocated(programmeExpression)} >= 0
              THEN {Unallocated(programmeExpression)} + {LedgerSql.Balance(LedgerAccount.Voucher, voucherExpression)}
              ELSE -{LedgerSql.ProgrammeTotal([LedgerAccount.ProgrammeFunding, LedgerAccount.VoucherHold, LedgerAccount.VoucherSpent], programmeExpression)} END)
        """;

    private static string Unallocated(string programmeExpression) => LedgerSql.Balance(LedgerAccount.ProgrammeBudget, programmeExpression);

    /// <summary>Purchases the voucher paid or is paying for (renewals are not purchases), and claims filed against it.</summary>
    public static string PurchasesUsed(string voucherExpression) =>
        $"""
        ((SELECT COUNT(*) FROM checkout_orders o WHERE o.voucher_id = {voucherExpression} AND o.status IN ('AwaitingPayment', 'Paid') AND o.renewal_of IS NULL)
         + (SELECT COUNT(*) FROM voucher_claims c WHERE c.voucher_id = {voucherExpression} AND c.status IN ('Filed', 'Approved')))
        """;
}
