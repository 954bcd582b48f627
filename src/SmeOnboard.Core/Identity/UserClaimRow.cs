namespace SmeOnboard.Core.Identity;

/// <summary>A row of user_claims as the claim store reads it.</summary>
internal sealed class UserClaimRow
{
    public string ClaimType { get; init; } = "";

    public string? ClaimValue { get; init; }
}
