using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Components.Layout;

/// <summary>The menu down the left side; each entry's test id is "nav-" and its address with slashes as dashes.</summary>
public sealed class NavMenu(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public ILocator Entry(string href) => Page.GetByTestId($"nav-{href.Trim('/').Replace('/', '-')}");

    public Task OpenAsync(string href) => ClickAsync(Entry(href));
}
