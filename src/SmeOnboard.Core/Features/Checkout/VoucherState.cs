using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Features.Vouchers;
using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// Reads a voucher with everything its share depends on. Inside a transaction it first locks the programme row and
/// then the voucher row in one statement (FOR UPDATE on PostgreSQL; SQLite's immediate transaction already holds the write lock), so
/// the balances it sums cannot change before the caller writes its hold.
/// </summary>
internal static class VoucherState
{
    public static async Task<ShareInputs?> ReadAsync(DbConnection connection, DbTransaction? transaction, string forUpdate, string code, ShareInputs basis,
        CancellationToken cancellationToken)
    {
        var voucher = await connection.QuerySingleOrDefaultAsync<Voucher>(new CommandDefinition(
            $"SELECT {Voucher.Columns} FROM vouchers v WHERE v.code = @code", new { code = code.Trim().ToUpperInvariant() }, transaction, cancellationToken: cancellationToken));
        if (voucher is null)
        {
            return null;
        }
        // One statement reads the programme and locks its row and then the voucher's: every lock a redemption takes.
        var programme = await connection.QuerySingleAsync<(string Status, string Rules)>(new CommandDefinition(
            $"""
            SELECT p.status, r.rules FROM voucher_programmes p
            JOIN voucher_programme_revisions r ON r.programme_id = p.id AND r.revision = @Revision
            JOIN vouchers v ON v.id = @Id
            WHERE p.id = @ProgrammeId {(forUpdate.Length == 0 ? "" : "FOR UPDATE OF p, v")}
            """, new { voucher.Id, voucher.ProgrammeId, voucher.Revision }, transaction, cancellationToken: cancellationToken));
        var sums = await connection.QuerySingleAsync<Sums>(new CommandDefinition(
            $"""
            SELECT {LedgerSql.Balance(LedgerAccount.Voucher, "@Id")} AS balance_minor,
                   {VoucherUseSql.FirmUsed("@FirmOrgId", "@ProgrammeId")} AS firm_used_minor,
                   {VoucherUseSql.ProgrammeRemaining("@ProgrammeId")} AS programme_remaining_minor,
                   {VoucherUseSql.PurchasesUsed("@Id")} AS purchases_used
            """, new { voucher.Id, voucher.FirmOrgId, voucher.ProgrammeId }, transaction, cancellationToken: cancellationToken));
        var rules = ProgrammeRulesJson.Read(programme.Rules);
        return new ShareInputs
        {
            AppId = basis.AppId, AppCategory = basis.AppCategory, AppVoucherEligible = basis.AppVoucherEligible, PriceMinor = basis.PriceMinor,
            Currency = basis.Currency, FirmOrgId = basis.FirmOrgId, FirmHeadcountBand = basis.FirmHeadcountBand, Now = basis.Now,
            Mode = basis.Mode, Voucher = voucher, Rules = rules, ProgrammeStatus = Enum.Parse<ProgrammeStatus>(programme.Status),
            VoucherBalanceMinor = sums.BalanceMinor, CapRemainingMinor = rules.CapPerFirmMinor - sums.FirmUsedMinor,
            ProgrammeRemainingMinor = sums.ProgrammeRemainingMinor, PurchasesUsed = (int)sums.PurchasesUsed,
        };
    }

    private sealed class Sums
    {
        public long BalanceMinor { get; init; }
        public long FirmUsedMinor { get; init; }
        public long ProgrammeRemainingMinor { get; init; }
        public long PurchasesUsed { get; init; }
    }
}
