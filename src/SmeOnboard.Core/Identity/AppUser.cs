using Microsoft.AspNetCore.Identity;

namespace SmeOnboard.Core.Identity;

/// <summary>A person who signs in; belongs to organisations through memberships.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>"en" or "zh-CN"; null until the person picks a language.</summary>
    public string? PreferredCulture { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
