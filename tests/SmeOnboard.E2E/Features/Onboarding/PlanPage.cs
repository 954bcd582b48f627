using Microsoft.Playwright;
using SmeOnboard.E2E.Infrastructure;

namespace SmeOnboard.E2E.Features.Onboarding;

/// <summary>/onboarding/plan: templates ranked for the firm, each with why, effort, ROI and cost.</summary>
public sealed class PlanPage(IPage page, UserActions? actions = null) : PageObject(page, actions)
{
    public ILocator Items => Page.GetByTestId("plan-item");

    public ILocator ItemNames => Page.GetByTestId("plan-item-name");
}
