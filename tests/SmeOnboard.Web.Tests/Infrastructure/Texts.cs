using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmeOnboard.Web.Resources;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>The portal's own strings, so tests assert on what a reader sees without copying the resource files.</summary>
public static class Texts
{
    public static string English(this PortalFactory portal, string key) => portal.In("en", key);

    public static string In(this PortalFactory portal, string culture, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var text = portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key];
            Assert.False(text.ResourceNotFound, $"The resource {key} does not exist.");
            return text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
