using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Audit;

/// <summary>/organisation/audit: the firm's own audit log, newest first. Interactive.</summary>
public sealed class OrganisationAuditPage(IPage page)
{
    public const string Path = "/organisation/audit";

    public ILocator Entries => page.GetByTestId("audit-table").Locator("tbody tr");

    /// <summary>Entries with this action code (e.g. "marketplace.app-installed") whose details mention <paramref name="text"/>.</summary>
    public ILocator Entry(string action, string text) => Entries
        .Filter(new() { Has = page.Locator("code", new() { HasTextString = action }) })
        .Filter(new() { HasText = text });

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }
}
