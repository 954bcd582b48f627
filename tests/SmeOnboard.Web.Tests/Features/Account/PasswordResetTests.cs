using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Account;

/// <summary>Forgotten passwords: the emailed link, and links that no longer (or never did) work.</summary>
public sealed class PasswordResetTests(PortalFactory portal)
{
    private const string NewPassword = "Fresh-start-2026";

    [Fact]
    public async Task The_emailed_link_sets_a_new_password_that_signs_in()
    {
        var firm = await portal.RegisterFirmAsync("Reset");

        var link = await RequestResetLinkAsync(firm.AdminEmail);
        var page = await ResetAsync(link, NewPassword);

        page.RequireTestId("reset-done");
        Assert.False(await portal.PasswordIsAsync(firm.AdminEmail, firm.Password));
        await portal.SignInAsync(firm.AdminEmail, NewPassword);
    }

    [Fact]
    public async Task Asking_for_an_unknown_address_answers_the_same_and_sends_nothing()
    {
        var email = PortalServices.UniqueEmail("nobody");
        var client = portal.CreateBrowser();
        var form = (await HtmlPage.LoadAsync(client, "/account/forgot-password")).Form("forgot-password").Set("Input.Email", email);

        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(client));

        page.RequireTestId("reset-sent");
        Assert.DoesNotContain(Directory.Exists(portal.MailFolder) ? Directory.EnumerateFiles(portal.MailFolder) : [],
            file => File.ReadAllText(file).Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_reset_request_under_a_foreign_host_name_sends_no_link_to_that_host()
    {
        var firm = await portal.RegisterFirmAsync("Poisoned");
        var client = portal.CreateBrowser();
        var form = (await HtmlPage.LoadAsync(client, "/account/forgot-password")).Form("forgot-password").Set("Input.Email", firm.AdminEmail);
        using var request = new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = new FormUrlEncodedContent(form.Fields) };
        // An attacker asks for a reset of someone else's account while claiming to be another site.
        request.Headers.Host = "evil.example";

        await client.SendAsync(request, TestContext.Current.CancellationToken);

        var mails = await portal.MailsToAsync(firm.AdminEmail);
        Assert.All(mails, mail => Assert.DoesNotContain("evil.example", mail.TextBody, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_tampered_code_shows_the_expired_link_message_and_keeps_the_password()
    {
        var firm = await portal.RegisterFirmAsync("Tampered");
        var forged = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("not-a-token-the-portal-issued"));

        var page = await ResetAsync($"/account/reset-password?email={Uri.EscapeDataString(firm.AdminEmail)}&code={forged}", NewPassword);

        Assert.Equal(portal.English("Account.ResetPassword.LinkInvalid"), page.RequireTestId("reset-link-invalid").TextContent.Trim());
        Assert.True(await portal.PasswordIsAsync(firm.AdminEmail, firm.Password));
    }

    [Fact]
    public async Task A_link_that_was_already_used_shows_the_expired_link_message_and_keeps_the_new_password()
    {
        var firm = await portal.RegisterFirmAsync("Reused");
        var link = await RequestResetLinkAsync(firm.AdminEmail);
        (await ResetAsync(link, NewPassword)).RequireTestId("reset-done");

        var again = await ResetAsync(link, "Second-try-2026");

        again.RequireTestId("reset-link-invalid");
        Assert.True(await portal.PasswordIsAsync(firm.AdminEmail, NewPassword));
    }

    [Fact]
    public async Task A_link_without_a_code_shows_the_expired_link_message_straight_away()
    {
        var page = await HtmlPage.LoadAsync(portal.CreateBrowser(), "/account/reset-password?email=someone%40tests.example");

        page.RequireTestId("reset-link-invalid");
        Assert.Empty(page.Document.QuerySelectorAll("form input[name='Input.Password']"));
    }

    private async Task<string> RequestResetLinkAsync(string email)
    {
        var client = portal.CreateBrowser();
        var form = (await HtmlPage.LoadAsync(client, "/account/forgot-password")).Form("forgot-password").Set("Input.Email", email);
        var response = await form.SubmitAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await HtmlPage.ParseAsync(response)).RequireTestId("reset-sent");
        return (await portal.SingleMailToAsync(email)).LinkTo("/account/reset-password");
    }

    /// <summary>Opens a reset link in a fresh browser and submits the new password twice.</summary>
    private async Task<HtmlPage> ResetAsync(string link, string password)
    {
        var client = portal.CreateBrowser();
        var form = (await HtmlPage.LoadAsync(client, link)).Form("reset-password");
        form["Input.Password"] = password;
        form["Input.ConfirmPassword"] = password;
        var response = await form.SubmitAsync(client);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlPage.ParseAsync(response);
    }
}
