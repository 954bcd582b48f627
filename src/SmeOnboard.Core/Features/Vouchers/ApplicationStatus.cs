namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>A firm's application: waiting for an officer, approved (a voucher was issued) or rejected with a reason.</summary>
public enum ApplicationStatus
{
    Open,
    Approved,
    Rejected,
}
