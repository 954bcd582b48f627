using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Vouchers.Reports;

/// <summary>/programmes/{id}/dashboard, opened from the officer's programme list and programme page. Interactive.</summary>
public sealed class ProgrammeDashboardPage(IPage page)
{
    public ILocator Spent => page.GetByTestId("report-spent");

    public ILocator Held => page.GetByTestId("report-held");

    public ILocator Issued => page.GetByTestId("report-issued");

    public ILocator Redeemed => page.GetByTestId("report-redeemed");

    public ILocator SpendByCategory => page.GetByTestId("spend-category");

    public ILocator BudgetChart => page.GetByTestId("chart-budget").Locator("svg");

    /// <summary>From /programmes: the programme's page, then its dashboard link.</summary>
    public async Task OpenAsync(string programmeName)
    {
        await page.GotoAsync("/programmes");
        await page.WaitUntilInteractiveAsync();
        await page.GetByTestId("programme-list").GetByRole(AriaRole.Link, new() { Name = programmeName }).ClickAsync();
        await page.GetByTestId("programme-dashboard").ClickAsync();
        await page.GetByTestId("dashboard-title").WaitForAsync();
        await page.WaitUntilInteractiveAsync();
    }

    public Task RefreshAsync() => page.GetByTestId("dashboard-refresh").ClickAsync();
}
