using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using SmeOnboard.Core.Identity;

namespace SmeOnboard.Web.Features.Preferences;

/// <summary>
/// The chosen language lives in a cookie for this browser and, for signed-in people, on their account, so it
/// follows them to a new device at their next sign-in.
/// </summary>
public sealed class CulturePreference(UserManager<AppUser> users)
{
    public static void WriteCookie(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            PreferenceEndpoints.LongLivedCookie());

    /// <summary>Remembers the choice on the account of the person making it.</summary>
    public async Task SaveAsync(System.Security.Claims.ClaimsPrincipal principal, string culture)
    {
        if (principal.Identity?.IsAuthenticated != true || await users.GetUserAsync(principal) is not { } user || user.PreferredCulture == culture)
        {
            return;
        }
        user.PreferredCulture = culture;
        await users.UpdateAsync(user);
    }

    /// <summary>At sign-in: the account's language wins over whatever this browser last used.</summary>
    public async Task ApplyAtSignInAsync(HttpContext context, string email)
    {
        if (await users.FindByEmailAsync(email) is { PreferredCulture: { } culture } && PreferenceEndpoints.SupportedCultures.Contains(culture))
        {
            WriteCookie(context.Response, culture);
        }
    }
}
