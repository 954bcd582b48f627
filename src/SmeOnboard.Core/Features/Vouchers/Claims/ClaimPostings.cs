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

    public static LedgerPosting Release(VoucherClaim claim, Guid? userId) => new()
    {
        Kind = "ClaimReleased", Memo = $"Claim {claim.Id} rejected: hold released", OrderId = claim.OrderId, UserId = userId,
        Lines = [Voucher(LedgerAccount.VoucherHold, claim, -claim.AmountMinor), Voucher(LedgerAccount.Voucher, claim, claim.AmountMinor)],
    };

    /// <summary>The hold is spent; the programme now owes the claim and the firm is owed it.</summary>
    public static LedgerPosting Approved(VoucherClaim claim, Guid? userId) => new()
    {
        Kind = "ClaimApproved", Memo = $"Claim {claim.Id} approved", OrderId = claim.OrderId, UserId = userId,
        Lines =
        [
            Voucher(LedgerAccount.VoucherHold, claim, -claim.AmountMinor),
            Voucher(LedgerAccount.VoucherSpent, claim, claim.AmountMinor),
            Line(LedgerAccount.ClaimReceivable, claim.Id, claim, claim.AmountMinor),
            Line(LedgerAccount.FirmPayable, claim.FirmOrgId, claim, -claim.AmountMinor),
        ],
    };

    /// <summary>The programme's transfer to the firm settles both sides; its reference is in the memo.</summary>
    public static LedgerPosting Transferred(VoucherClaim claim, string reference, Guid? userId) => new()
    {
        Kind = "ClaimTransferred", Memo = $"Transfer {reference} to the firm for claim {claim.Id}", OrderId = claim.OrderId, UserId = userId,
        Lines =
        [
            Line(LedgerAccount.ClaimReceivable, claim.Id, claim, -claim.AmountMinor),
            Line(LedgerAccount.FirmPayable, claim.FirmOrgId, claim, claim.AmountMinor),
        ],
    };

    private static LedgerLine Voucher(string account, VoucherClaim claim, long amountMinor) => Line(account, claim.VoucherId, claim, amountMinor);

    private static LedgerLine Line(string account, Guid ownerId, VoucherClaim claim, long amountMinor) => new()
    {
        Account = account, OwnerId = ownerId, ProgrammeId = claim.ProgrammeId, AmountMinor = amountMinor, Currency = claim.Currency,
    };
}
