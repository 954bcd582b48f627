using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Model;

/// <summary>Reads a JSON number whatever CLR type backs the node (parsed text, int, double...).</summary>
internal static class JsonNumbers
{
    public static bool TryGetNumber(this JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
