using SmeOnboard.Core.Features.Vouchers.Ledger;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>The ledger transactions of an order's life: hold, paid, released and refunded.</summary>
internal static class CheckoutPostings
{
    /// <summary>The voucher's share moves from its balance to a hold for this order.</summary>
    public static LedgerPosting Hold(CheckoutOrder order, Guid? userId) => new()
    {
        Kind = "VoucherHeld", Memo = $"Voucher share held for order {order.Id}", OrderId = order.Id, UserId = userId,
        Lines =
        [
            Line(LedgerAccount.Voucher, order.VoucherId, order, -order.ShareMinor),
            Line(LedgerAccount.VoucherHold, order.VoucherId, order, order.ShareMinor),
        ],
    };

    /// <summary>The hold goes back to the voucher's balance (payment failed or never came).</summary>
    public static LedgerPosting Release(CheckoutOrder order, string why) => new()
    {
        Kind = "VoucherReleased", Memo = $"Hold of order {order.Id} released: {why}", OrderId = order.Id,
        Lines =
        [
            Line(LedgerAccount.VoucherHold, order.VoucherId, order, -order.ShareMinor),
            Line(LedgerAccount.Voucher, order.VoucherId, order, order.ShareMinor),
        ],
    };

    /// <summary>
    /// The order is paid: the hold becomes spent (the programme owes the order its share), the card money arrives,
    /// the vendor is owed the price less the platform's fee.
    /// </summary>
    public static LedgerPosting Paid(CheckoutOrder order) => new()
    {
        Kind = "OrderPaid", Memo = $"Order {order.Id} paid", OrderId = order.Id,
        Lines = NonZero(
        [
            Line(LedgerAccount.VoucherHold, order.VoucherId, order, -order.ShareMinor),
            Line(LedgerAccount.VoucherSpent, order.VoucherId, order, order.ShareMinor),
            Line(LedgerAccount.OrderReceivable, order.Id, order, order.ShareMinor),
            new LedgerLine { Account = LedgerAccount.CardClearing, AmountMinor = order.RemainderMinor, Currency = order.Currency },
            new LedgerLine { Account = LedgerAccount.VendorPayable, OwnerId = order.VendorOrgId, AmountMinor = -(order.PriceMinor - order.FeeMinor), Currency = order.Currency },
            new LedgerLine { Account = LedgerAccount.PlatformFee, AmountMinor = -order.FeeMinor, Currency = order.Currency },
        ]),
    };

    /// <summary>
    /// A refund: the card part goes back through the provider, the voucher part back to the voucher's balance (and so to
    /// the firm's cap and the programme's budget); the vendor's payable shrinks by both. The platform keeps its fee.
    /// </summary>
    public static LedgerPosting Refund(CheckoutOrder order, long cardMinor, long voucherMinor, Guid? userId) => new()
    {
        Kind = "OrderRefunded", Memo = $"Order {order.Id} refunded", OrderId = order.Id, UserId = userId,
        Lines = NonZero(
        [
            new LedgerLine { Account = LedgerAccount.CardClearing, AmountMinor = -cardMinor, Currency = order.Currency },
            Line(LedgerAccount.VoucherSpent, order.VoucherId, order, -voucherMinor),
            Line(LedgerAccount.Voucher, order.VoucherId, order, voucherMinor),
            Line(LedgerAccount.OrderReceivable, order.Id, order, -voucherMinor),
            new LedgerLine { Account = LedgerAccount.VendorPayable, OwnerId = order.VendorOrgId, AmountMinor = cardMinor + voucherMinor, Currency = order.Currency },
        ]),
    };

    private static LedgerLine Line(string account, Guid? ownerId, CheckoutOrder order, long amountMinor) => new()
    {
        Account = account, OwnerId = ownerId, ProgrammeId = order.ProgrammeId, AmountMinor = amountMinor, Currency = order.Currency,
    };

    private static IReadOnlyList<LedgerLine> NonZero(IReadOnlyList<LedgerLine> lines) => lines.Where(l => l.AmountMinor != 0).ToList();
}
