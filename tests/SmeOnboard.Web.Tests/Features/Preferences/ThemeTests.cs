using System.Net;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Preferences;

public sealed class ThemeTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Choosing_dark_mode_sets_the_theme_cookie_and_returns_to_the_page()
    {
        var response = await portal.CreateBrowser().GetAsync("/preferences/theme?mode=dark&returnUrl=%2Forganisation", Cancel);

        response.AssertRedirectsTo("/organisation");
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{ThemePreference.CookieName}=dark;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_theme_is_refused_with_a_problem()
    {
        var response = await portal.CreateBrowser().GetAsync("/preferences/theme?mode=neon&returnUrl=%2F", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
