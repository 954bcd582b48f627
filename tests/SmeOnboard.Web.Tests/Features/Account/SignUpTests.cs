using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Features.Organisations;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Account;

/// <summary>The firm sign-up form, posted the way a browser without JavaScript posts it.</summary>
public sealed class SignUpTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Signing_up_a_firm_creates_it_with_its_admin_and_signs_them_in()
    {
        var client = portal.CreateBrowser();
        var form = await FilledFirmFormAsync(client);

        var response = await form.SubmitAsync(client);

        response.AssertRedirectsTo("/home?welcome=1");
        var me = await client.GetFromJsonAsync<MeResponse>("/api/v1/me", ApiJson.Options, Cancel);
        Assert.Equal(form["Input.Name"], me!.OrganisationName);
        Assert.Equal(OrganisationKind.Firm, me.OrganisationKind);
        Assert.Equal([Roles.FirmAdmin], me.Roles);
        Assert.Contains(portal.English("Home.Welcome"), (await HtmlPage.LoadAsync(client, "/home?welcome=1")).Text);
    }

    [Fact]
    public async Task Signing_up_a_firm_records_the_sign_up_in_its_audit_log()
    {
        var client = portal.CreateBrowser();
        var form = await FilledFirmFormAsync(client);

        (await form.SubmitAsync(client)).AssertRedirectsTo("/home?welcome=1");

        var entries = await portal.ActAsAsync(form["Input.Email"],
            services => services.GetRequiredService<AuditLog>().ListForCurrentOrganisationAsync(10));
        var entry = Assert.Single(entries);
        Assert.Equal("organisation.registered", entry.Action);
        Assert.Equal(form["Input.DisplayName"], entry.ActorName);
        Assert.Contains(form["Input.Email"], entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_that_already_has_an_account_is_refused_next_to_the_email_field()
    {
        var client = portal.CreateBrowser();
        var form = (await FilledFirmFormAsync(client)).Set("Input.Email", DemoAccounts.FirmMemberEmail);

        var page = await RefusedAsync(form, client);

        Assert.Equal(portal.English("Errors.DuplicateEmail"), page.RequireTestId("email-error").TextContent.Trim());
        await AssertFirmNotCreatedAsync(form);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_rules_it_breaks()
    {
        var client = portal.CreateBrowser();
        var form = (await FilledFirmFormAsync(client)).Set("Input.Password", "short").Set("Input.ConfirmPassword", "short");

        var page = await RefusedAsync(form, client);

        Assert.Equal(
            [portal.English("Identity.PasswordTooShort"), portal.English("Identity.PasswordRequiresDigit")],
            page.Document.QuerySelectorAll("[data-testid='password-error']").Select(e => e.TextContent.Trim()));
        await AssertNoAccountAsync(form["Input.Email"]);
    }

    [Fact]
    public async Task A_confirmation_that_differs_from_the_password_is_refused()
    {
        var client = portal.CreateBrowser();
        var form = (await FilledFirmFormAsync(client)).Set("Input.ConfirmPassword", "Another-pass-2026");

        var page = await RefusedAsync(form, client);

        Assert.Equal(portal.English("Errors.PasswordsDiffer"), page.RequireTestId("confirm-password-error").TextContent.Trim());
        await AssertNoAccountAsync(form["Input.Email"]);
    }

    [Fact]
    public async Task Missing_profile_choices_are_each_named_next_to_their_field()
    {
        var client = portal.CreateBrowser();
        var form = (await FilledFirmFormAsync(client))
            .Set("Input.Region", "").Set("Input.IndustryCode", "").Set("Input.HeadcountBand", "").Set("Input.TurnoverBand", "");

        var page = await RefusedAsync(form, client);

        Assert.Equal(portal.English("Errors.RegionRequired"), page.RequireTestId("region-error").TextContent.Trim());
        Assert.Equal(portal.English("Errors.IndustryRequired"), page.RequireTestId("industry-error").TextContent.Trim());
        Assert.Equal(portal.English("Errors.HeadcountRequired"), page.RequireTestId("headcount-error").TextContent.Trim());
        Assert.Equal(portal.English("Errors.TurnoverRequired"), page.RequireTestId("turnover-error").TextContent.Trim());
        await AssertNoAccountAsync(form["Input.Email"]);
    }

    [Fact]
    public async Task A_post_with_a_tampered_antiforgery_token_is_refused_and_creates_nothing()
    {
        var client = portal.CreateBrowser();
        var form = await FilledFirmFormAsync(client);
        var token = form.AntiforgeryToken;
        form[HtmlForm.AntiforgeryField] = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        var response = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertFirmNotCreatedAsync(form);
    }

    [Fact]
    public async Task Signing_up_a_vendor_makes_its_first_person_a_vendor_developer()
    {
        var client = portal.CreateBrowser();
        var form = await FilledVendorFormAsync(client);

        (await form.SubmitAsync(client)).AssertRedirectsTo("/home?welcome=1");

        var me = await client.GetFromJsonAsync<MeResponse>("/api/v1/me", ApiJson.Options, Cancel);
        Assert.Equal(OrganisationKind.Vendor, me!.OrganisationKind);
        Assert.Equal([Roles.VendorDeveloper], me.Roles);
    }

    [Fact]
    public async Task A_vendor_website_without_https_is_refused_next_to_the_field()
    {
        var client = portal.CreateBrowser();
        var form = (await FilledVendorFormAsync(client)).Set("Input.Website", "http://plain.example");

        var page = await RefusedAsync(form, client);

        Assert.Equal(portal.English("Errors.WebsiteHttps"), page.RequireTestId("website-error").TextContent.Trim());
        await AssertNoAccountAsync(form["Input.Email"]);
    }

    private static async Task<HtmlForm> FilledVendorFormAsync(HttpClient client)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var form = (await HtmlPage.LoadAsync(client, "/account/signup/vendor")).Form("signup-Vendor");
        form["Input.Name"] = $"Shopfloor Apps {suffix}";
        form["Input.Region"] = "CN-SH";
        form["Input.Website"] = $"https://apps-{suffix}.example";
        form["Input.DisplayName"] = $"Developer {suffix}";
        form["Input.Email"] = PortalServices.UniqueEmail("developer");
        form["Input.Password"] = PortalServices.TestPassword;
        form["Input.ConfirmPassword"] = PortalServices.TestPassword;
        return form.Check("Input.AcceptTerms");
    }

    /// <summary>The firm sign-up form with every field filled in correctly and a unique email.</summary>
    private static async Task<HtmlForm> FilledFirmFormAsync(HttpClient client)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var form = (await HtmlPage.LoadAsync(client, "/account/signup/firm")).Form("signup-Firm");
        form["Input.Name"] = $"Sign-up Plastics {suffix}";
        form["Input.Region"] = "CN-GD-DG";
        form["Input.IndustryCode"] = "C22";
        form["Input.HeadcountBand"] = "10-49";
        form["Input.TurnoverBand"] = "1M-10M";
        form["Input.DisplayName"] = $"Founder {suffix}";
        form["Input.Email"] = PortalServices.UniqueEmail("founder");
        form["Input.Password"] = PortalServices.TestPassword;
        form["Input.ConfirmPassword"] = PortalServices.TestPassword;
        return form.Check("Input.AcceptTerms");
    }

    /// <summary>Posts the form and requires the form back (200, no redirect), as it is shown with its messages.</summary>
    private static async Task<HtmlPage> RefusedAsync(HtmlForm form, HttpClient client)
    {
        var response = await form.SubmitAsync(client);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"Expected the form back with its messages, got {(int)response.StatusCode} (Location: {response.Headers.Location}).");
        return await HtmlPage.ParseAsync(response);
    }

    private async Task AssertNoAccountAsync(string email) => Assert.Null(await portal.FindUserAsync(email));

    private async Task AssertFirmNotCreatedAsync(HtmlForm form)
    {
        var firms = await portal.WithServicesAsync(services => services.GetRequiredService<OrganisationStore>().ListByKindAsync(OrganisationKind.Firm));
        Assert.DoesNotContain(firms, firm => firm.Name == form["Input.Name"]);
        if (form["Input.Email"] != DemoAccounts.FirmMemberEmail)
        {
            await AssertNoAccountAsync(form["Input.Email"]);
        }
    }
}
