namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>What a firm is told about.</summary>
public enum VoucherNoticeKind
{
    Approved,
    Rejected,
    Issued,
}
