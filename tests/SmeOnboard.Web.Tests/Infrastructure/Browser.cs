using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>Clients that behave like a browser without JavaScript: they keep cookies and do not follow redirects.</summary>
public static class Browser
{
    public static readonly Uri BaseAddress = new("http://localhost/");

    /// <summary>A fresh visitor: its own cookie jar, redirects returned to the test rather than followed.</summary>
    public static HttpClient CreateBrowser(this PortalFactory portal, CookieContainer? cookies = null) =>
        portal.CreateDefaultClient(BaseAddress, new CookieContainerHandler(cookies ?? new CookieContainer()));

    /// <summary>Where a redirect points, as a root-relative path and query ("/home?welcome=1"); null when it is no redirect.</summary>
    public static string? RedirectTarget(this HttpResponseMessage response)
    {
        if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is not { } location)
        {
            return null;
        }
        var absolute = location.IsAbsoluteUri ? location : new Uri(BaseAddress, location);
        return absolute.Host == BaseAddress.Host ? absolute.PathAndQuery : absolute.ToString();
    }

    public static void AssertRedirectsTo(this HttpResponseMessage response, string pathAndQuery) =>
        Assert.True(response.RedirectTarget() == pathAndQuery,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} " +
            $"(Location: {response.Headers.Location}), expected a redirect to {pathAndQuery}.");
}
