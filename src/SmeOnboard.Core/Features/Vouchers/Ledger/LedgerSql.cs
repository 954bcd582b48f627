namespace SmeOnboard.Core.Features.Vouchers.Ledger;

/// <summary>Balances as SQL expressions over ledger_entries, for stores to embed; each is a SUM, never a stored number.</summary>
public static class LedgerSql
{
    /// <summary>The balance of <paramref name="account"/> owned by the row whose id is the SQL expression <paramref name="ownerExpression"/>.</summary>
    public static string Balance(string account, string ownerExpression) =>
        $"(SELECT COALESCE(SUM(le.amount_minor), 0) FROM ledger_entries le WHERE le.owner_id = {ownerExpression} AND le.account = '{account}')";

    /// <summary>The sum of <paramref name="account"/> over every entry of the programme <paramref name="programmeExpression"/>.</summary>
    public static string ProgrammeTotal(string account, string programmeExpression) =>
        $"(SELECT COALESCE(SUM(le.amount_minor), 0) FROM ledger_entries le WHERE le.programme_id = {programmeExpression} AND le.account = '{account}')";

    /// <summary>The sum of several accounts over every entry of the programme <paramref name="programmeExpression"/>, in one index scan.</summary>
    public static string ProgrammeTotal(IReadOnlyCollection<string> accounts, string programmeExpression) =>
        $"(SELECT COALESCE(SUM(le.amount_minor), 0) FROM ledger_entries le WHERE le.programme_id = {programmeExpression} AND le.account IN ({string.Join(", ", accounts.Select(a => $"'{a}'"))}))";
}
