using System.Net;
using System.Net.Http.Json;
using SmeOnboard.Web.Tests.Features.Workflows;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>The designer's "Apps" palette group holds the actions of the apps the firm installed, and only that firm's.</summary>
public sealed class AppActionPaletteTests(PortalFactory portal)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_installed_apps_actions_appear_under_Apps_for_that_firm_only()
    {
        var installer = await portal.RegisterFirmAsync("PaletteInstaller");
        var withApp = await portal.SignInAsync(installer.AdminEmail, installer.Password);
        var bystander = await portal.RegisterFirmAsync("PaletteBystander");
        var withoutApp = await portal.SignInAsync(bystander.AdminEmail, bystander.Password);
        using var installed = await withApp.PostAsJsonAsync("/api/v1/marketplace/apps/shopfloor-andon/install",
            new { scopes = new[] { "people.read", "workflows.write" } }, Cancel);
        Assert.Equal(HttpStatusCode.Created, installed.StatusCode);
        var id = WebFlows.NewId("palette");
        await withApp.PublishAsync(id, WebFlows.Task(id));
        await withoutApp.PublishAsync(id, WebFlows.Task(id));

        var designer = await withApp.GetStringAsync($"/workflows/{id}", Cancel);
        var other = await withoutApp.GetStringAsync($"/workflows/{id}", Cancel);

        Assert.Contains("data-testid=\"palette-apps\"", designer, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"palette-app-shopfloor-andon-raiseCall\"", designer, StringComparison.Ordinal);
        Assert.DoesNotContain("palette-app-", other, StringComparison.Ordinal);
    }
}
