using System.Net;
using System.Text.Json;
using SmeOnboard.Web.Features.Operations;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Operations;

public sealed class ApiDocsTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_openapi_document_is_json_and_describes_the_api_only()
    {
        var response = await portal.CreateBrowser().GetAsync(ApiDocs.DocumentPath, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/me", paths);
        Assert.Contains("/api/v1/workflows", paths);
        Assert.Contains("/api/v1/vendor/submissions", paths);
        Assert.All(paths, path => Assert.True(path.StartsWith("/api/v1/", StringComparison.Ordinal) || path.StartsWith("/hooks/", StringComparison.Ordinal), path));
    }

    [Fact]
    public async Task The_openapi_document_names_the_cookie_and_the_vendor_bearer_key()
    {
        var json = await portal.CreateBrowser().GetStringAsync(ApiDocs.DocumentPath, Cancel);

        using var document = JsonDocument.Parse(json);
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("cookie", schemes.GetProperty(ApiDocs.CookieSchemeName).GetProperty("in").GetString());
        Assert.Equal("bearer", schemes.GetProperty(ApiDocs.BearerSchemeName).GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task The_scalar_page_answers_with_its_html_and_local_scripts_allowed_by_a_nonce()
    {
        var response = await portal.CreateBrowser().GetAsync($"{ApiDocs.ReferencePath}/{ApiDocs.DocumentName}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "script-src 'self' 'nonce-([^']+)';").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_scalar_page_gets_a_script_nonce()
    {
        var response = await portal.CreateBrowser().GetAsync(ApiDocs.DocumentPath, Cancel);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }
}
