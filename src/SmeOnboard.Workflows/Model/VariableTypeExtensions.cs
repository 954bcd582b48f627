using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Model;

/// <summary>Which JSON values each variable type accepts.</summary>
public static class VariableTypeExtensions
{
    /// <summary>True when the value may be held by a variable of this type; null (no value) fits every type.</summary>
    public static bool Accepts(this VariableType type, JsonNode? value)
    {
        if (value is null)
            return true;
        var kind = value.GetValueKind();
        return type switch
        {
            VariableType.String => kind == JsonValueKind.String,
            VariableType.Number => kind == JsonValueKind.Number,
            VariableType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            VariableType.Date => kind == JsonValueKind.String && TryParseDate(value.GetValue<string>(), out _),
            VariableType.Object => true,
            _ => false,
        };
    }

    /// <summary>Parses an ISO 8601 date as dates are stored in variables.</summary>
    public static bool TryParseDate(string text, out DateTimeOffset date) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);

    /// <summary>A short description of a value's JSON kind, for messages.</summary>
    public static string Describe(JsonNode? value) => value is null ? "null" : value.GetValueKind() switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}
