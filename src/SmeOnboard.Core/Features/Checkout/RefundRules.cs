using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Vouchers;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// What every refund, and every vendor's request for one, must satisfy: a whole positive amount with a reason, on a paid
/// order, never more than is left to refund in either part.
/// </summary>
internal static class RefundRules
{
    public static FieldError? InputRefusal(long cardMinor, long voucherMinor, string reason)
    {
        if (cardMinor < 0 || voucherMinor < 0 || cardMinor + voucherMinor == 0)
        {
            return new FieldError("Amount", "Errors.Checkout.RefundAmount", "Refund a whole, positive number of minor units.");
        }
        return reason.Length == 0 || reason.Length > RefundStore.MaxReasonLength
            ? new FieldError("Reason", "Errors.Checkout.RefundReason", $"Say why in 1 to {RefundStore.MaxReasonLength} characters.")
            : null;
    }

    public static FieldError? OrderRefusal(CheckoutOrder order, long cardMinor, long voucherMinor)
    {
        if (order.Status != OrderStatuses.Paid)
        {
            return new FieldError("", "Errors.Checkout.NotPaid", "Only a paid order can be refunded.");
        }
        return cardMinor > order.RemainderMinor - order.RefundedCardMinor || voucherMinor > order.ShareMinor - order.RefundedVoucherMinor
            ? new FieldError("Amount", "Errors.Checkout.RefundTooLarge",
                $"At most {Money.Format(order.RemainderMinor - order.RefundedCardMinor, order.Currency)} by card and {Money.Format(order.ShareMinor - order.RefundedVoucherMinor, order.Currency)} to the voucher are left to refund.")
            : null;
    }
}
