namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>Why a voucher was not issued to a firm.</summary>
public enum IssueRefusal
{
    None,
    UnknownFirm,
    NotPublished,
    Ineligible,
    AlreadyHasVoucher,
    BudgetExhausted,
}
