using System.Collections.Concurrent;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>Signs in the way a person does: the sign-in form, its antiforgery token and the auth cookie it returns.</summary>
public static class SignIn
{
    private static readonly ConcurrentDictionary<(PortalFactory, string), Lazy<Task<HttpClient>>> Shared = new();

    /// <summary>Fills and posts the sign-in form with a fresh GET's antiforgery token; returns the raw answer.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string email, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/account/signin" : $"/account/signin?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var form = (await HtmlPage.LoadAsync(client, url)).Form("signin");
        Assert.False(string.IsNullOrEmpty(form.AntiforgeryToken));
        form["Input.Email"] = email;
        form["Input.Password"] = password;
        return await form.SubmitAsync(client);
    }

    /// <summary>A new browser signed in as <paramref name="email"/>; fails unless the form sends it on to its workspace.</summary>
    public static async Task<HttpClient> SignInAsync(this PortalFactory portal, string email, string password = PortalFactory.DemoPassword)
    {
        var client = portal.CreateBrowser();
        var response = await client.PostSignInAsync(email, password);
        response.AssertRedirectsTo("/home");
        return client;
    }

    /// <summary>
    /// One signed-in browser per account for the whole run, for tests that only read. Tests that sign out, change
    /// the password or turn on two-step sign-in must use <see cref="SignInAsync"/> or an account of their own.
    /// </summary>
    public static Task<HttpClient> SharedSignInAsync(this PortalFactory portal, string email) =>
        Shared.GetOrAdd((portal, email), key => new Lazy<Task<HttpClient>>(() => key.Item1.SignInAsync(key.Item2))).Value;
}
