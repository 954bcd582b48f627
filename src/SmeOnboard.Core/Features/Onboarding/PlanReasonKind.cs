namespace SmeOnboard.Core.Features.Onboarding;

public enum PlanReasonKind
{
    Pain,
    Level,
    Industry,
}
