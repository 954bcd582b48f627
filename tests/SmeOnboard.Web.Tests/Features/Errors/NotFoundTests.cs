using System.Net;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Errors;

/// <summary>Browsers get the not-found page; API callers get bare status codes they can act on.</summary>
public sealed class NotFoundTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unknown_page_shows_the_not_found_page_with_status_404()
    {
        var response = await portal.CreateBrowser().GetAsync("/no-such-page", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        (await HtmlPage.ParseAsync(response)).RequireTestId("not-found");
    }

    [Fact]
    public async Task An_unknown_api_address_answers_a_bare_404()
    {
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmMemberEmail);

        var response = await client.GetAsync("/api/v1/no-such-resource", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task An_api_call_without_signing_in_answers_401_without_a_page()
    {
        var response = await portal.CreateBrowser().DeleteAsync($"/api/v1/organisation/invitations/{Guid.NewGuid()}", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(Cancel));
    }
}
