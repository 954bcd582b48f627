namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>One message to a firm about its claim: approved with the transfer's reference, or rejected with the reason.</summary>
public sealed record ClaimNotice(ClaimNoticeKind Kind, VoucherClaim Claim, string? TransferReference, string? Reason);
