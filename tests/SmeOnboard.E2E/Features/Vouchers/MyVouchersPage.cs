using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Vouchers;

/// <summary>/vouchers: the firm's vouchers with code, balance, expiry and what each buys. Interactive.</summary>
public sealed class MyVouchersPage(IPage page)
{
    public const string Path = "/vouchers";

    public ILocator Voucher(string programmeName) => page.GetByTestId("voucher").Filter(new() { HasTextString = programmeName });

    public ILocator Code(string programmeName) => Voucher(programmeName).GetByTestId("voucher-code");

    public ILocator Balance(string programmeName) => Voucher(programmeName).GetByTestId("voucher-balance");

    public ILocator Category(string programmeName, string category) =>
        Voucher(programmeName).GetByTestId("voucher-category").Filter(new() { HasTextString = category });

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }
}
