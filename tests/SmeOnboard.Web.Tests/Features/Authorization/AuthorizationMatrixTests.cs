using System.Net;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Authorization;

/// <summary>
/// Every endpoint of the running portal, requested by every kind of caller, against <see cref="ExpectedAccess"/>.
/// Allowed: no 401/403/405, no server error, no redirect to the sign-in or access-denied page. Refused: anonymous callers
/// are sent to sign in (pages) or get 401 (API); signed-in callers are sent to access-denied (pages) or get 403 (API).
/// </summary>
public sealed class AuthorizationMatrixTests(PortalFactory portal)
{
    private const string DeclareHint =
        "Declare who may use it in ExpectedAccess.Routes (tests/SmeOnboard.Web.Tests/Features/Authorization/ExpectedAccess.cs)";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, Caller> Probes
    {
        get
        {
            var data = new TheoryData<string, string, Caller>();
            foreach (var route in ExpectedAccess.Routes)
            {
                foreach (var method in route.ProbeMethods)
                {
                    foreach (var caller in Enum.GetValues<Caller>())
                    {
                        data.Add(method, route.Pattern, caller);
                    }
                }
            }
            return data;
        }
    }

    [Fact]
    public void Every_portal_endpoint_requires_a_policy_or_allows_anonymous_access_explicitly()
    {
        var undeclared = AppEndpoints.All(portal).Where(e => !AppEndpoints.DeclaresAccess(e)).Select(AppEndpoints.Key).ToList();

        Assert.True(undeclared.Count == 0,
            "These endpoints have neither [Authorize]/RequireAuthorization nor [AllowAnonymous]/AllowAnonymous(): " +
            string.Join("; ", undeclared));
    }

    [Fact]
    public void Every_portal_endpoint_has_its_expected_access_declared()
    {
        var declared = ExpectedAccess.Routes.Select(r => r.Key).ToHashSet();

        var missing = AppEndpoints.All(portal).Select(AppEndpoints.Key).Where(key => !declared.Contains(key)).ToList();

        Assert.True(missing.Count == 0, $"New endpoints without expected access: {string.Join("; ", missing)}. {DeclareHint}.");
    }

    [Fact]
    public void Every_declared_route_still_exists_in_the_portal()
    {
        var endpoints = AppEndpoints.All(portal).Select(AppEndpoints.Key).ToHashSet();

        var stale = ExpectedAccess.Routes.Select(r => r.Key).Where(key => !endpoints.Contains(key)).ToList();

        Assert.True(stale.Count == 0, $"ExpectedAccess.Routes lists endpoints the portal no longer has (or with other methods): {string.Join("; ", stale)}.");
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task Each_caller_is_let_in_or_refused_as_declared(string method, string route, Caller caller)
    {
        // One pattern may be declared per method (GET lists, POST submits), each with its own callers.
        var access = ExpectedAccess.Routes.Single(r => r.Pattern == route && r.ProbeMethods.Contains(method));

        using var response = await SendAsync(access, method, caller);

        var status = (int)response.StatusCode;
        var target = response.RedirectTarget();
        var what = $"{method} {access.SampleUrl} as {caller} answered {status} {response.StatusCode}" + (target is null ? "" : $" → {target}");
        if (access.OwnCredentialRefusal is { } refusal)
        {
            Assert.True(status == refusal, $"{what}; expected the endpoint's own refusal {refusal} for every caller.");
        }
        else if (access.Allowed.Contains(caller))
        {
            Assert.False(status is 401 or 403, $"{what}; expected it to be allowed.");
            // 405 would mean the probe never reached the endpoint, so it proves nothing about access.
            Assert.False(status == 405, $"{what}; expected the endpoint to take this method.");
            Assert.False(status >= 500, $"{what}; expected it to be allowed without a server error.");
            Assert.False(target is not null && target != access.PageRedirect && IsAuthorizationPage(target),
                $"{what}; expected it to be allowed, not sent to sign in or to access-denied.");
        }
        else if (caller == Caller.Anonymous)
        {
            if (access.IsApi)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{what}; expected 401 for an anonymous API call.");
            }
            else
            {
                Assert.True(status == 302 && PathOf(target) == "/account/signin", $"{what}; expected a redirect to /account/signin.");
            }
        }
        else if (access.IsApi)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what}; expected 403 for a signed-in caller without the right role.");
        }
        else
        {
            Assert.True(status == 302 && PathOf(target) == "/account/access-denied", $"{what}; expected a redirect to /account/access-denied.");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(RouteAccess access, string method, Caller caller)
    {
        // Sign-out empties the cookie jar, so it gets a browser of its own; everything else is read-only.
        var client = caller == Caller.Anonymous ? portal.CreateBrowser()
            : access.SendAntiforgeryToken ? await portal.SignInAsync(caller.DemoEmail())
            : await portal.SharedSignInAsync(caller.DemoEmail());
        using var request = new HttpRequestMessage(new HttpMethod(method), access.SampleUrl);
        if (method == HttpMethod.Post.Method)
        {
            // Without a token an allowed form post is refused with 400 before any page code runs, which keeps probing harmless.
            var fields = new Dictionary<string, string>();
            if (access.SendAntiforgeryToken)
            {
                fields[HtmlForm.AntiforgeryField] = (await HtmlPage.LoadAsync(client, "/account/signin")).Form("signin").AntiforgeryToken;
            }
            request.Content = new FormUrlEncodedContent(fields);
        }
        return await client.SendAsync(request, Cancel);
    }

    private static bool IsAuthorizationPage(string target) => PathOf(target) is "/account/signin" or "/account/access-denied";

    private static string? PathOf(string? target) => target?.Split('?')[0];
}
