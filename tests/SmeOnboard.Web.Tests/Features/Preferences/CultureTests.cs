using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Preferences;

/// <summary>Choosing the language: a cookie set by /culture/set, honoured by the next page.</summary>
public sealed class CultureTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Choosing_Chinese_sets_the_culture_cookie_and_returns_to_the_page()
    {
        var response = await portal.CreateBrowser().GetAsync("/culture/set?culture=zh-CN&returnUrl=%2Faccount%2Fsignin", Cancel);

        response.AssertRedirectsTo("/account/signin");
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Dzh-CN%7Cuic%3Dzh-CN", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_choosing_Chinese_the_next_page_is_in_Chinese()
    {
        var client = portal.CreateBrowser();

        (await client.GetAsync("/culture/set?culture=zh-CN&returnUrl=%2Faccount%2Fsignin", Cancel)).AssertRedirectsTo("/account/signin");
        var page = await HtmlPage.LoadAsync(client, "/account/signin");

        Assert.Equal("zh-CN", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("登录", page.Text, StringComparison.Ordinal);
        Assert.Contains(portal.In("zh-CN", "Account.SignIn.Title"), page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_choice_pages_are_in_English()
    {
        var page = await HtmlPage.LoadAsync(portal.CreateBrowser(), "/account/signin");

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains(portal.English("Account.SignIn.Title"), page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_culture_is_refused_with_a_problem_and_no_cookie()
    {
        var response = await portal.CreateBrowser().GetAsync("/culture/set?culture=fr-FR&returnUrl=%2F", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Cancel);
        Assert.Equal("Unsupported language", problem!.Title);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_address_on_another_site_is_replaced_by_the_start_page(string returnUrl)
    {
        var response = await portal.CreateBrowser().GetAsync($"/culture/set?culture=en&returnUrl={Uri.EscapeDataString(returnUrl)}", Cancel);

        response.AssertRedirectsTo("/");
    }
}
