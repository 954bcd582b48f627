namespace SmeOnboard.Core.Features.Templates;

/// <summary>A key figure computed from one of the template's tables by a <see cref="Formula"/>.</summary>
public sealed class TemplateKpi
{
    public string Id { get; init; } = "";
    public LocalizedText Name { get; init; } = new();
    public string Table { get; init; } = "";
    public string Formula { get; init; } = "";
    public string Unit { get; init; } = "";
    public double Target { get; init; }

    /// <summary>higher or lower: which side of the target is good.</summary>
    public string Better { get; init; } = "higher";
}
