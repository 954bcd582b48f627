using Microsoft.Playwright;

namespace SmeOnboard.E2E.Features.Kpis;

/// <summary>/kpis/{installationId}: the template's KPI cards, gauges and trends.</summary>
public sealed class KpiDashboardPage(IPage page)
{
    public ILocator Title => page.GetByTestId("dashboard-title");

    public ILocator Card(string kpiId) => page.Locator($"[data-testid='kpi-card'][data-kpi='{kpiId}']");

    public ILocator Value(string kpiId) => Card(kpiId).GetByTestId("kpi-value");
}
