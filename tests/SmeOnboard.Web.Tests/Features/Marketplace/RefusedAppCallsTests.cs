using SmeOnboard.Web.Tests.Features.Workflows;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Marketplace;

/// <summary>A workflow's call to an app the firm never installed is refused and shown on its "Apps and data access" page.</summary>
public sealed class RefusedAppCallsTests(PortalFactory portal)
{
    [Fact]
    public async Task A_call_to_an_app_never_installed_is_listed_on_the_apps_and_data_access_page_of_that_firm_only()
    {
        var shipping = await TestApp.PublishAsync(portal);
        var firm = await portal.RegisterFirmAsync("CallsUninstalled");
        var admin = await portal.SignInAsync(firm.AdminEmail, firm.Password);
        var bystander = await portal.RegisterFirmAsync("NoCalls");
        var other = await portal.SignInAsync(bystander.AdminEmail, bystander.Password);
        var id = WebFlows.NewId("refused");

        var started = await admin.PublishAndStartAsync(id, WebFlows.AppCallback(id, shipping.Id));

        Assert.Equal("Faulted", started["status"]!.GetValue<string>());
        var page = await HtmlPage.LoadAsync(admin, "/marketplace/installed");
        Assert.Contains("data-testid=\"refused-app-calls\"", page.Html, StringComparison.Ordinal);
        Assert.Contains(shipping.Id, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("refused-app-calls", (await HtmlPage.LoadAsync(other, "/marketplace/installed")).Html, StringComparison.Ordinal);
    }
}
