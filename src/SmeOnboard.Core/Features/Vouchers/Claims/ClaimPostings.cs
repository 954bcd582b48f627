using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>
/// The ledger transactions of a claim's life. Filing holds the amount on the voucher, as checkout does, so the
/// voucher's balance, the firm's cap and the programme's budget count it at once; approval spends it and records
/// the payout (programme → firm payable → transferred); rejection returns it to the voucher.
/// </summary>
internal static class ClaimPostings
{
    public static LedgerPosting Hold(VoucherClaim claim, Guid? userId) => new()
    {
        Kind = "ClaimHeld", Memo = $"Claim {claim.Id} filed: amount held", OrderId = claim.OrderId, UserId = userId,
        Lines = [Voucher(LedgerAccount.Voucher, claim, -claim.AmountMinor), Voucher(LedgerAccount.VoucherHold, claim, claim.AmountMinor)],
    };

    /// <summary><paramref name="amountMinor"/> of the hold goes back to the voucher: all of it on rejection, the rest on approval in part.</summary>
    public static LedgerPosting Release(VoucherClaim claim, long amountMinor, Guid? userId) => new()
    {
        Kind = "ClaimReleased", Memo = $"Claim {claim.Id} {(amountMinor == claim.AmountMinor ? "rejected" : "approved in part")}: hold released",
        OrderId = claim.OrderId, UserId = userId,
        Lines = [Voucher(LedgerAccount.VoucherHold, claim, -amountMinor), Voucher(LedgerAccount.Voucher, claim, amountMinor)],
    };

    /// <summary><paramref name="amountMinor"/> of the hold is spent; the programme now owes it and the firm is owed it.</summary>
    public static LedgerPosting Approved(VoucherClaim claim, long amountMinor, Guid? userId) => new()
    {
        Kind = "ClaimApproved", Memo = $"Claim {claim.Id} approved", OrderId = claim.OrderId, UserId = userId,
        Lines =
        [
            Voucher(LedgerAccount.VoucherHold, claim, -amountMinor),
            Voucher(LedgerAccount.VoucherSpent, claim, amountMinor),
            Line(LedgerAccount.ClaimReceivable, claim.Id, claim, amountMinor),
            Line(LedgerAccount.FirmPayable, claim.FirmOrgId, claim, -amountMinor),
        ],
    };

    /// <summary>The programme's transfer to the firm settles both sides; its reference is in the memo.</summary>
    public static LedgerPosting Transferred(VoucherClaim claim, long amountMinor, string reference, Guid? userId) => new()
    {
        Kind = "ClaimTransferred", Memo = $"Transfer {reference} to the firm for claim {claim.Id}", OrderId = claim.OrderId, UserId = userId,
        Lines =
        [
            Line(LedgerAccount.ClaimReceivable, claim.Id, claim, -amountMinor),
            Line(LedgerAccount.FirmPayable, claim.FirmOrgId, claim, amountMinor),
        ],
    };

    private static LedgerLine Voucher(string account, VoucherClaim claim, long amountMinor) => Line(account, claim.VoucherId, claim, amountMinor);

    private static LedgerLine Line(string account, Guid ownerId, VoucherClaim claim, long amountMinor) => new()
    {
        Account = account, OwnerId = ownerId, ProgrammeId = claim.ProgrammeId, AmountMinor = amountMinor, Currency = claim.Currency,
    };
}
