using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Serialization.Elsa;

/// <summary>Maps Elsa's .NET type names to variable types, and Elsa's text-encoded values to typed JSON.</summary>
internal static class ElsaValues
{
    private static readonly HashSet<string> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Single", "Double", "Decimal", "Number", "Float", "Long",
    };

    /// <summary>The variable type for an Elsa type name such as "Int32", "System.String" or "Boolean"; unknown types hold any JSON.</summary>
    public static VariableType TypeOf(string? typeName, bool isArray)
    {
        var name = ShortName(typeName);
        if (isArray || name.EndsWith("[]", StringComparison.Ordinal))
            return VariableType.Object;
        if (Numbers.Contains(name))
            return VariableType.Number;
        return name.ToLowerInvariant() switch
        {
            "string" or "char" or "guid" => VariableType.String,
            "boolean" or "bool" => VariableType.Boolean,
            "datetime" or "datetimeoffset" or "dateonly" => VariableType.Date,
            _ => VariableType.Object,
        };
    }

    /// <summary>"System.Int32, System.Private.CoreLib" becomes "Int32".</summary>
    public static string ShortName(string? typeName)
    {
        if (string.IsNullOrWhiteSpace(typeName))
            return "Object";
        var name = typeName.Split(',')[0].Trim();
        return name[(name.LastIndexOf('.') + 1)..];
    }

    /// <summary>
    /// Converts a value as Elsa stores it (variable values and literals are mostly text, "0" for an Int32) to JSON of
    /// the given type; false when the text does not fit the type.
    /// </summary>
    public static bool TryConvert(JsonNode? raw, VariableType type, out JsonNode? value)
    {
        value = raw?.DeepClone();
        if (raw is not JsonValue scalar || scalar.GetValueKind() != JsonValueKind.String)
            return type.Accepts(value);
        var text = scalar.GetValue<string>();
        if (text.Length == 0 && type != VariableType.String)
        {
            value = null;
            return true;
        }
        switch (type)
        {
            case VariableType.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                value = JsonValue.Create(number);
                return true;
            case VariableType.Boolean when bool.TryParse(text, out var flag):
                value = JsonValue.Create(flag);
                return true;
            case VariableType.Object:
                value = TryParseJson(text) ?? JsonValue.Create(text);
                return true;
            default:
                return type.Accepts(value);
        }
    }

    private static JsonNode? TryParseJson(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
