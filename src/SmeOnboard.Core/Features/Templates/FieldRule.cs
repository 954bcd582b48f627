using System.Text.Json.Serialization;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>A form field's condition: shown only while the field named <see cref="Field"/> equals <see cref="Value"/> (a checkbox as true or false).</summary>
public sealed class FieldRule
{
    public string Field { get; init; } = "";

    [JsonPropertyName("equals")]
    public string Value { get; init; } = "";
}
