using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Kpis;

/// <summary>/kpis: one card per installed template, each opening its dashboard.</summary>
public sealed class KpiIndexPage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public ILocator Entries => Page.GetByTestId("dashboard-entry");

    public Task OpenFirstAsync() => ClickAsync(Entries.First.GetByRole(AriaRole.Link));
}
