using System.Net;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Operations;

public sealed class RateLimitTests(RateLimitedPortalFactory portal) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_are_refused_with_429()
    {
        var client = portal.CreateBrowser();
        var answers = new List<HttpResponseMessage>();

        for (var attempt = 0; attempt <= RateLimitedPortalFactory.SignInPermitsPerMinute; attempt++)
        {
            answers.Add(await client.PostSignInAsync(PortalServices.UniqueEmail("guesser"), "Guessed-pass-1"));
        }

        Assert.All(answers.SkipLast(1), answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var refused = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_the_sign_in_page_is_not_limited()
    {
        var client = portal.CreateBrowser();

        for (var read = 0; read < RateLimitedPortalFactory.SignInPermitsPerMinute * 3; read++)
        {
            await HtmlPage.LoadAsync(client, "/account/signin");
        }
    }
}
