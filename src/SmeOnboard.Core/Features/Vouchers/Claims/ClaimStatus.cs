namespace SmeOnboard.Core.Features.Vouchers.Claims;

/// <summary>A claim's states: filed (its amount held), approved (spent and transferred), rejected (the hold released).</summary>
public static class ClaimStatus
{
    public const string Filed = "Filed";
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";
}
