namespace SmeOnboard.Core.Features.Onboarding;

public enum PlanReasonKind
{
    Pain,
    Level,
    Industry,

    /// <summary>An app that serves an app category of a template high in the firm's plan; Code is the template's slug.</summary>
    Template,
}
