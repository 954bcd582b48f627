namespace SmeOnboard.Core.Features.Templates;

public sealed class FormField
{
    public string Name { get; init; } = "";
    public LocalizedText Label { get; init; } = new();
    public LocalizedText? Help { get; init; }

    /// <summary>text, number, choice, date, checkbox, photo or signature.</summary>
    public string Type { get; init; } = "text";

    public bool Required { get; init; }
    public IReadOnlyList<FieldOption>? Options { get; init; }
}
