namespace SmeOnboard.Core.Features.Templates;

public sealed class FieldOption
{
    public string Value { get; init; } = "";
    public LocalizedText Label { get; init; } = new();
}
