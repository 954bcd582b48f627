using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>What checkout asks before a voucher pays: was it clawed back, is the app's vendor suspended from its programme.</summary>
public static class IntegrityGate
{
    public static async Task<FieldError?> RefusalAsync(DbConnection connection, DbTransaction? transaction, Voucher voucher, Guid vendorOrgId, CancellationToken cancellationToken)
    {
        var state = await connection.QuerySingleAsync<(long ClawedBack, long Suspended)>(new CommandDefinition(
            """
            SELECT (SELECT COUNT(*) FROM voucher_clawbacks WHERE voucher_id = @Id),
                   (SELECT COUNT(*) FROM programme_vendor_suspensions WHERE programme_id = @ProgrammeId AND vendor_org_id = @vendorOrgId)
            """, new { voucher.Id, voucher.ProgrammeId, vendorOrgId }, transaction, cancellationToken: cancellationToken));
        if (state.ClawedBack > 0)
        {
            return new FieldError("VoucherCode", "Errors.Checkout.VoucherClawedBack", "This voucher was withdrawn by the programme and can no longer be used.");
        }
        return state.Suspended > 0
            ? new FieldError("VoucherCode", "Errors.Checkout.VendorSuspended",
                "The programme has suspended this app's vendor, so this voucher cannot pay for it. You can buy without the voucher or choose another vendor's app.")
            : null;
    }
}
