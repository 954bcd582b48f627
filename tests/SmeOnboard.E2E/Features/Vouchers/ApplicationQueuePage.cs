using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Vouchers;

/// <summary>/programmes/applications: the officers' queue with selection and bulk decisions. Interactive.</summary>
public sealed class ApplicationQueuePage(IPage page)
{
    public const string Path = "/programmes/applications";

    public ILocator Row(string firmName) => page.GetByTestId("applications").Locator("tbody tr").Filter(new() { HasTextString = firmName });

    public ILocator Approve => page.GetByTestId("applications-approve");

    public Task SelectAsync(string firmName) => Row(firmName).Locator("input[type=checkbox]").CheckAsync();

    public async Task GotoAsync()
    {
        await page.GotoAsync(Path);
        await page.WaitUntilInteractiveAsync();
    }
}
