namespace SmeOnboard.Core.Features.Vendors;

/// <summary>The steps a vendor completes before it may submit apps; names are resource keys (Vendor.Onboarding.Step.*).</summary>
public enum OnboardingStep
{
    Profile,
    Domain,
    Agreement,
    Payout,
}
