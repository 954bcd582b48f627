using Microsoft.Extensions.DependencyInjection;

namespace SmeOnboard.Core.Features.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    /// <summary>Self-assessments and the onboarding profile (main products and pains).</summary>
    public static IServiceCollection AddOnboardingStores(this IServiceCollection services) => services
        .AddScoped<AssessmentStore>()
        .AddScoped<OnboardingProfileStore>()
        .AddScoped<AppPlanSource>();
}
