namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>Where a voucher programme stands: drafted, open to applications, paused, or closed for good.</summary>
public enum ProgrammeStatus
{
    Draft,
    Published,
    Paused,
    Closed,
}
