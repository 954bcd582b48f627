using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Features.Vouchers;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// Reads a voucher with everything its share depends on, in one query. Inside a transaction it first locks the programme
/// row and then the voucher row in a statement of its own (FOR UPDATE on PostgreSQL; SQLite's immediate transaction
/// already holds the write lock), so the sums, read by the next statement, see everything committed before the locks
/// were granted and cannot change before the caller writes its hold.
/// </summary>
internal static class VoucherState
{
    public static async Task<ShareInputs?> ReadAsync(DbConnection connection, DbTransaction? transaction, string forUpdate, string code, ShareInputs basis,
        CancellationToken cancellationToken)
    {
        var parameters = new { code = code.Trim().ToUpperInvariant() };
        if (forUpdate.Length > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT 1 FROM voucher_programmes p JOIN vouchers v ON v.programme_id = p.id WHERE v.code = @code FOR UPDATE OF p, v",
                parameters, transaction, cancellationToken: cancellationToken));
        }
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(ByCodeSql, parameters, transaction, cancellationToken: cancellationToken));
        return await ReadInputsAsync(results, basis);
    }

    /// <summary>
    /// Two statements, one row or none each: the voucher whose code is @code, then its programme's state and its sums
    /// (<see cref="ReadInputsAsync"/> reads both).
    /// </summary>
    public static readonly string ByCodeSql =
        $"""
        SELECT {Voucher.Columns} FROM vouchers v WHERE v.code = @code;
        SELECT p.status, r.rules,
               {VoucherUseSql.FirmUsed("v.firm_org_id", "v.programme_id")} AS firm_used_minor,
               {VoucherUseSql.ProgrammeRemaining("v.id", "v.programme_id")} AS programme_remaining_minor,
               {VoucherUseSql.PurchasesUsed("v.id")} AS purchases_used
        FROM vouchers v JOIN voucher_programmes p ON p.id = v.programme_id
        JOIN voucher_programme_revisions r ON r.programme_id = v.programme_id AND r.revision = v.revision
        WHERE v.code = @code
        """;

    /// <summary>The share's inputs from the results of <see cref="ByCodeSql"/>, or null when no voucher has the code.</summary>
    public static async Task<ShareInputs?> ReadInputsAsync(SqlMapper.GridReader results, ShareInputs basis)
    {
        var voucher = await results.ReadSingleOrDefaultAsync<Voucher>();
        var sums = await results.ReadSingleOrDefaultAsync<Sums>();
        return voucher is not null && sums is not null ? Inputs(voucher, sums, basis) : null;
    }

    /// <summary>The share's inputs: <paramref name="basis"/> (the app's and firm's side) with the voucher and its sums.</summary>
    private static ShareInputs Inputs(Voucher voucher, Sums sums, ShareInputs basis)
    {
        var rules = ProgrammeRulesJson.Read(sums.Rules);
        return new ShareInputs
        {
            AppId = basis.AppId, AppCategory = basis.AppCategory, AppVoucherEligible = basis.AppVoucherEligible, PriceMinor = basis.PriceMinor,
            Currency = basis.Currency, FirmOrgId = basis.FirmOrgId, FirmHeadcountBand = basis.FirmHeadcountBand, Now = basis.Now,
            Mode = basis.Mode, Voucher = voucher, Rules = rules, ProgrammeStatus = Enum.Parse<ProgrammeStatus>(sums.Status),
            VoucherBalanceMinor = voucher.BalanceMinor, CapRemainingMinor = rules.CapPerFirmMinor - sums.FirmUsedMinor,
            ProgrammeRemainingMinor = sums.ProgrammeRemainingMinor, PurchasesUsed = (int)sums.PurchasesUsed,
        };
    }

    /// <summary>The voucher's programme's state and the voucher's sums.</summary>
    private sealed class Sums

    {
        public string Status { get; init; } = "";
        public string Rules { get; init; } = "";
        public long FirmUsedMinor { get; init; }
        public long ProgrammeRemainingMinor { get; init; }
        public long PurchasesUsed { get; init; }
    }
}
