namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>What a firm is told about its claim.</summary>
public enum ClaimNoticeKind
{
    Approved,
    Rejected,
}
