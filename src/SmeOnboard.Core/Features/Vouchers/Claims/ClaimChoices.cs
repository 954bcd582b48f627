using SmeOnboard.Core.Features.Checkout;

namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>What a firm can claim for: its paid orders not paid with a voucher nor claimed yet, and its reimbursement vouchers.</summary>
public sealed class ClaimChoices
{
    public IReadOnlyList<CheckoutOrder> Orders { get; init; } = [];
    public IReadOnlyList<FirmVoucher> Vouchers { get; init; } = [];
}
