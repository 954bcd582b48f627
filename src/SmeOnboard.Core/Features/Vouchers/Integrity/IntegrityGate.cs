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
    /// <summary>
    /// Whether the voucher whose code is @code was clawed back, and whether the vendor of the app @appId is suspended
    /// from its programme: one row (clawed_back, vendor_suspended) for checkout to read with the rest of a purchase.
    /// </summary>
    public const string StateByCodeSql =
        """
        SELECT (SELECT COUNT(*) FROM voucher_clawbacks c JOIN vouchers v ON v.id = c.voucher_id WHERE v.code = @code) AS clawed_back,
               (SELECT COUNT(*) FROM programme_vendor_suspensions s JOIN vouchers v ON v.programme_id = s.programme_id
                JOIN marketplace_apps a ON a.vendor_org_id = s.vendor_org_id WHERE v.code = @code AND a.id = @appId) AS vendor_suspended
        """;

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

    public static FieldError? Refusal(bool clawedBack, bool vendorSuspended)
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
