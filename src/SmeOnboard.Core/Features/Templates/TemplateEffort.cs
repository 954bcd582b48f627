namespace SmeOnboard.Core.Features.Templates;

/// <summary>How much work setting a template up takes a small firm: hours to adapt it and a rough level.</summary>
public sealed class TemplateEffort
{
    public double SetupHours { get; init; }

    /// <summary>low, medium or high.</summary>
    public string Level { get; init; } = "low";
}
