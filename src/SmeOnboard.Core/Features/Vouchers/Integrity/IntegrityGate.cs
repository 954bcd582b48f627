using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>
/// What checkout asks before a voucher pays, and what the app pages ask before they show a price after voucher: was
/// it clawed back, is the app's vendor suspended from its programme. Both ask here, so a page never offers a price
/// that checkout would refuse.
/// </summary>
public static class IntegrityGate
{
    /// <summary>The refusal for one app's vendor, in one query (checkout, under its locks).</summary>
    public static async Task<FieldError?> RefusalAsync(DbConnection connection, DbTransaction? transaction, Voucher voucher, Guid vendorOrgId, CancellationToken cancellationToken)
    {
        var state = await connection.QuerySingleAsync<(long ClawedBack, long Suspended)>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM voucher_clawbacks WHERE voucher_id = @Id),
                   (SELECT COUNT(*) FROM programme_vendor_suspensions WHERE programme_id = @ProgrammeId AND vendor_org_id = @vendorOrgId)
            """, new { voucher.Id, voucher.ProgrammeId, vendorOrgId }, transaction, cancellationToken: cancellationToken));
        return Refusal(state.ClawedBack > 0, state.Suspended > 0);
    }

    /// <summary>The refusal for any vendor's app, read once per voucher (a catalogue page prices many apps).</summary>
    public static async Task<Func<Guid, FieldError?>> RefusalsAsync(DbConnection connection, Voucher voucher, CancellationToken cancellationToken)
    {
        var clawedBack = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM voucher_clawbacks WHERE voucher_id = @Id", new { voucher.Id }, cancellationToken: cancellationToken)) > 0;
        var suspended = (await connection.QueryAsync<Guid>(new CommandDefinition(
            "SELECT vendor_org_id FROM programme_vendor_suspensions WHERE programme_id = @ProgrammeId", new { voucher.ProgrammeId },
            cancellationToken: cancellationToken))).ToHashSet();
        return vendorOrgId => Refusal(clawedBack, suspended.Contains(vendorOrgId));
    }

    private static FieldError? Refusal(bool clawedBack, bool vendorSuspended)
    {
        if (clawedBack)
        {
            return new FieldError("VoucherCode", "Errors.Checkout.VoucherClawedBack", "This voucher was withdrawn by the programme and can no longer be used.");
        }
        return vendorSuspended
            ? new FieldError("VoucherCode", "Errors.Checkout.VendorSuspended",
                "The programme has suspended this app's vendor, so this voucher cannot pay for it. You can buy without the voucher or choose another vendor's app.")
            : null;
    }
}
