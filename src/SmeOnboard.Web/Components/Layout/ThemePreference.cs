namespace SmeOnboard.Web.Components.Layout;

/// <summary>The light/dark choice, kept in a cookie so it holds on every page, static or interactive.</summary>
public static class ThemePreference
{
    public const string CookieName = "smeonboard.theme";
    public const string Dark = "dark";
    public const string Light = "light";
}
