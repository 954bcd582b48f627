namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>One message to a firm: its application was approved (with the voucher) or rejected, or a voucher was issued.</summary>
public sealed record VoucherNotice(
    VoucherNoticeKind Kind, string ProgrammeNameEn, string ProgrammeNameZh, Voucher? Voucher, string? Reason);
