using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Marketplace;

/// <summary>/marketplace/installed, "Apps and data access": each installed app with its scopes. Interactive.</summary>
public sealed class InstalledAppsPage(IPage page)
{
    public const string Path = "/marketplace/installed";

    public ILocator App(string appName) =>
        page.GetByTestId("installed-app").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = appName, Exact = true }) });

    /// <summary>The row of one scope in the app's table, e.g. "people.read".</summary>
    public ILocator Scope(string appName, string scope) =>
        App(appName).GetByTestId("installed-scopes").Locator("tbody tr").Filter(new() { Has = page.Locator("code", new() { HasTextString = scope }) });

    public ILocator ScopeState(string appName, string scope) => Scope(appName, scope).GetByTestId("scope-state");

    public ILocator Revoke(string appName, string scope) => Scope(appName, scope).GetByTestId("revoke-scope");

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }
}
