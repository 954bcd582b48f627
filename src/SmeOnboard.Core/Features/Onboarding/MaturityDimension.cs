namespace SmeOnboard.Core.Features.Onboarding;

/// <summary>The six dimensions of the EU Digital Maturity Assessment; two questions each.</summary>
public enum MaturityDimension
{
    DigitalBusinessStrategy,
    DigitalReadiness,
    HumanCentricDigitalisation,
    DataManagement,
    AutomationAndAi,
    GreenDigitalisation,
}
