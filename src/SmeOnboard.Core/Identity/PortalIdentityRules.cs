using Microsoft.AspNetCore.Identity;

namespace SmeOnboard.Core.Identity;

/// <summary>
/// The portal's account rules: passwords long rather than cryptic (people on a shop floor type them on phones),
/// unique emails, and a 15-minute lockout after five wrong passwords.
/// </summary>
public static class PortalIdentityRules
{
    public static void Apply(IdentityOptions options)
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
