using Microsoft.Playwright;

namespace SmeOnboard.E2E.Features.Account.Pages;

/// <summary>/account/lockout: where too many wrong passwords lead.</summary>
public sealed class LockoutPage(IPage page)
{
    public const string Path = "/account/lockout";

    public ILocator Notice => page.GetByTestId("locked-out");
}
