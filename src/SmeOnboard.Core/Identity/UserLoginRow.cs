namespace SmeOnboard.Core.Identity;

/// <summary>A row of user_logins as the login store reads it.</summary>
internal sealed class UserLoginRow
{
    public string LoginProvider { get; init; } = "";

    public string ProviderKey { get; init; } = "";

    public string? ProviderDisplayName { get; init; }
}
