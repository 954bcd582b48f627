namespace SmeOnboard.Core.Features.Templates;

public sealed class FormField
{
    public string Name { get; init; } = "";
    public LocalizedText Label { get; init; } = new();
    public LocalizedText? Help { get; init; }

    /// <summary>text, number, integer, choice, date, checkbox, photo or signature.</summary>
    public string Type { get; init; } = "text";

    public bool Required { get; init; }
    public IReadOnlyList<FieldOption>? Options { get; init; }

    /// <summary>The column of the form's table this field's value goes to; null when it is not stored there.</summary>
    public string? Column { get; init; }
}
