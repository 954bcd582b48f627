using SmeOnboard.Web.Features.Operations;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Operations;

public sealed class SecurityHeadersTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/signin")]
    [InlineData("/api/v1/me")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_content_security_policy_and_nosniff(string path)
    {
        var response = await portal.CreateBrowser().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task The_content_security_policy_allows_no_foreign_or_inline_scripts()
    {
        var response = await portal.CreateBrowser().GetAsync("/", TestContext.Current.CancellationToken);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }
}
