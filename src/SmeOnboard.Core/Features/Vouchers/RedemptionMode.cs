namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>How a voucher pays: a discount at checkout, or a claim with evidence after the firm paid in full.</summary>
public enum RedemptionMode
{
    Upfront,
    Reimbursement,
}
