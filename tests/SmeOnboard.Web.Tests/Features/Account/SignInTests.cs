using System.Net;
using System.Net.Http.Json;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Features.Organisations;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Account;

public sealed class SignInTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_demo_admin_signs_in_with_the_form_and_acts_for_their_firm()
    {
        var client = await portal.SignInAsync(DemoAccounts.FirmAdminEmail);

        var me = await client.GetFromJsonAsync<MeResponse>("/api/v1/me", ApiJson.Options, Cancel);

        Assert.Equal("Wang Li", me!.Name);
        Assert.Equal("Lianda Precision Metal Parts", me.OrganisationName);
        Assert.Equal([Roles.FirmAdmin], me.Roles);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_sign_in_failure_message_and_signs_nobody_in()
    {
        var client = portal.CreateBrowser();

        var response = await client.PostSignInAsync(DemoAccounts.VendorEmail, "Not-the-password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(portal.English("Account.SignIn.Failed"), page.RequireTestId("form-error").TextContent.Trim());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var firm = await portal.RegisterFirmAsync("Lockout");
        var client = portal.CreateBrowser();

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            answers.Add(await client.PostSignInAsync(firm.AdminEmail, $"Wrong-password-{attempt}"));
        }

        Assert.All(answers.Take(4), answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        answers[4].AssertRedirectsTo("/account/lockout");
        // Locked means locked: the right password no longer gets in either.
        (await client.PostSignInAsync(firm.AdminEmail, firm.Password)).AssertRedirectsTo("/account/lockout");
    }

    [Fact]
    public async Task Sign_in_returns_to_the_local_page_the_visitor_came_from()
    {
        var client = portal.CreateBrowser();

        var response = await client.PostSignInAsync(DemoAccounts.OfficerEmail, PortalFactory.DemoPassword, returnUrl: "/organisation/audit");

        response.AssertRedirectsTo("/organisation/audit");
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/home")]
    [InlineData("/\\evil.example")]
    public async Task Sign_in_refuses_to_redirect_to_another_site(string returnUrl)
    {
        var client = portal.CreateBrowser();

        var response = await client.PostSignInAsync(DemoAccounts.OfficerEmail, PortalFactory.DemoPassword, returnUrl);

        response.AssertRedirectsTo("/");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await portal.SignInAsync(DemoAccounts.OfficerEmail);
        var signOut = (await HtmlPage.LoadAsync(client, "/home")).FormPostingTo("/account/signout");

        var response = await signOut.SubmitAsync(client);

        response.AssertRedirectsTo("/");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_refuses_to_redirect_to_another_site()
    {
        var client = await portal.SignInAsync(DemoAccounts.OfficerEmail);
        var signOut = (await HtmlPage.LoadAsync(client, "/home")).FormPostingTo("/account/signout");
        var fields = signOut.Fields.Append(KeyValuePair.Create("returnUrl", "https://evil.example/"));

        var response = await client.PostAsync(signOut.Action, new FormUrlEncodedContent(fields), Cancel);

        response.AssertRedirectsTo("/");
    }
}
