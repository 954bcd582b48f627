namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>What the firm adds to its company profile for the plan: its main products and its pains (closed list).</summary>
public sealed class OnboardingProfile
{
    public const int MaxProductsLength = 300;

    public string MainProducts { get; init; } = "";
    public IReadOnlyList<string> Pains { get; init; } = [];

    public bool IsComplete => MainProducts.Trim().Length > 0 && Pains.Count > 0;
}
