using SmeOnboard.Web.Components.Layout;

namespace SmeOnboard.Web.Features.Preferences;

/// <summary>Language and theme choices, stored in cookies and applied on the next page load.</summary>
public static class PreferenceEndpoints
{
    public static readonly string[] SupportedCultures = ["en", "zh-CN"];

    public static IEndpointRouteBuilder MapPreferences(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/").AllowAnonymous().WithTags("Preferences");
        group.MapGet("/culture/set", SetCulture);
        group.MapGet("/preferences/theme", SetTheme);
        return endpoints;
    }

    private static async Task<IResult> SetCulture(string culture, string? returnUrl, HttpContext context, CulturePreference preference)
    {
        if (!SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Unsupported language",
                detail: $"'{culture}' is not offered; choose one of {string.Join(", ", SupportedCultures)}.");
        }
        culture = SupportedCultures.First(c => c.Equals(culture, StringComparison.OrdinalIgnoreCase));
        CulturePreference.WriteCookie(context.Response, culture);
        await preference.SaveAsync(context.User, culture);
        return TypedResults.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    private static IResult SetTheme(string mode, string? returnUrl, HttpContext context)
    {
        if (mode is not (ThemePreference.Dark or ThemePreference.Light))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Unknown theme",
                detail: $"'{mode}' is not a theme; choose '{ThemePreference.Light}' or '{ThemePreference.Dark}'.");
        }
        context.Response.Cookies.Append(ThemePreference.CookieName, mode, LongLivedCookie());
        return TypedResults.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    /// <summary>Only local addresses: an open redirect would let a phishing link borrow the portal's name.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    internal static CookieOptions LongLivedCookie() => new()
    {
        Expires = DateTimeOffset.UtcNow.AddYears(1),
        IsEssential = true,
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
    };
}
