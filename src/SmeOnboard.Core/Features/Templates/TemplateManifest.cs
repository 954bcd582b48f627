namespace SmeOnboard.Core.Features.Templates;

/// <summary>templates/&lt;slug&gt;/template.json, read after it passed templates/schema/template.schema.json.</summary>
public sealed class TemplateManifest
{
    public string Slug { get; init; } = "";
    public string Version { get; init; } = "";
    public LocalizedText Name { get; init; } = new();
    public LocalizedText Description { get; init; } = new();
    public IReadOnlyList<string> Industries { get; init; } = [];
    public IReadOnlyList<string> Problems { get; init; } = [];
    public IReadOnlyList<int> MaturityLevels { get; init; } = [];
    public TemplateEffort Effort { get; init; } = new();
    public TemplateRoi Roi { get; init; } = new();
    public IReadOnlyList<string> Workflows { get; init; } = [];
    public IReadOnlyList<string> Forms { get; init; } = [];
    public IReadOnlyList<TemplateTable> Tables { get; init; } = [];
    public IReadOnlyList<TemplateKpi> Kpis { get; init; } = [];
    public IReadOnlyList<string> AppCategories { get; init; } = [];
}
