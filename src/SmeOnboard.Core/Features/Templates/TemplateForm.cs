namespace SmeOnboard.Core.Features.Templates;

/// <summary>forms/&lt;id&gt;.json: a form people fill in from a workflow's HumanTask or that starts a FormSubmitted flow.</summary>
public sealed class TemplateForm
{
    public string Id { get; init; } = "";
    public LocalizedText Title { get; init; } = new();

    /// <summary>The template table each submission also appends a row to (fields name their column), or null.</summary>
    public string? Table { get; init; }
    public IReadOnlyList<FormField> Fields { get; init; } = [];
}
