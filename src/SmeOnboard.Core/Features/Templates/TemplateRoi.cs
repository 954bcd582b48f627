namespace SmeOnboard.Core.Features.Templates;

/// <summary>The template's industry default for the return, used when the firm gives no figure of its own.</summary>
public sealed class TemplateRoi
{
    public double HoursSavedPerWeek { get; init; }

    /// <summary>Where the default comes from, shown beside the estimate so nobody mistakes it for a promise.</summary>
    public LocalizedText Basis { get; init; } = new();
}
