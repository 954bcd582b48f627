using Microsoft.AspNetCore.Components;

namespace SmeOnboard.Web.Components.Layout;

public static class NavigationExtensions
{
    /// <summary>The current address as a root-relative URL, fit for a returnUrl parameter.</summary>
    public static string CurrentRelativeUrl(this NavigationManager navigation) =>
        "/" + navigation.ToBaseRelativePath(navigation.Uri);
}
