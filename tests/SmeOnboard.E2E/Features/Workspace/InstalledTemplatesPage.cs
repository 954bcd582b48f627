using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Workspace;

/// <summary>/workspace/templates: what the firm installed, with a start button per workflow and a link to the KPI dashboard.</summary>
public sealed class InstalledTemplatesPage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public ILocator Table => Page.GetByTestId("installed-templates");

    public ILocator StartWorkflow(string definitionId) => Page.Locator($"[data-testid='start-workflow'][data-workflow='{definitionId}']");

    public ILocator KpiDashboardLinks => Page.GetByTestId("kpi-dashboard-link");

    public Task StartAsync(string definitionId) => ClickAsync(StartWorkflow(definitionId));
}
