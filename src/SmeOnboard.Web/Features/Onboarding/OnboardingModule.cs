using SmeOnboard.Core.Features.Onboarding;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Onboarding;

public static class OnboardingModule
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services) => services
        .AddOnboardingStores()
        .AddNavEntry(new NavEntry("/onboarding/assessment", "Nav.Assessment", Filled.Insights, Policies.Firm, 12))
        .AddNavEntry(new NavEntry("/onboarding/plan", "Nav.Plan", Filled.Checklist, Policies.Firm, 13));
}
