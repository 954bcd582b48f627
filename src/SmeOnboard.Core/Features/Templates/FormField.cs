namespace SmeOnboard.Core.Features.Templates;

public sealed class FormField
{
    public string Name { get; init; } = "";
    public LocalizedText Label { get; init; } = new();
    public LocalizedText? Help { get; init; }

    /// <summary>text, number, integer, choice, date, checkbox, photo, file or signature.</summary>
    public string Type { get; init; } = "text";

    public bool Required { get; init; }
    public IReadOnlyList<FieldOption>? Options { get; init; }

    /// <summary>The column of the form's table this field's value goes to; null when it is not stored there.</summary>
    public string? Column { get; init; }

    /// <summary>For photo and file fields: the content types taken (image/*, application/pdf), comma-separated; null for the type's default.</summary>
    public string? Accept { get; init; }

    /// <summary>The field is shown (and required) only while another field has a given value; null when always shown.</summary>
    public FieldRule? ShowWhen { get; init; }
}
