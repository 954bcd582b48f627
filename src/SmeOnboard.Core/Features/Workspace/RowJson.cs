using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>
/// A table row as stored: one JSON object per row, each value written as its column's type (numbers as numbers,
/// booleans as booleans, dates as yyyy-MM-dd, date-times as ISO 8601 UTC, text and choices as strings), and read back
/// as the values sample data has (double, bool, DateOnly, DateTimeOffset or string).
/// </summary>
internal static class RowJson
{
    public static string Write(TemplateTable table, IReadOnlyDictionary<string, object?> row)
    {
        var json = new JsonObject();
        foreach (var column in table.Columns)
            json[column.Name] = row.TryGetValue(column.Name, out var value) ? ToNode(value) : null;
        return json.ToJsonString();
    }

    public static IReadOnlyDictionary<string, object?> Read(TemplateTable table, string data)
    {
        var json = JsonNode.Parse(data)?.AsObject() ?? [];
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
            row[column.Name] = Convert(column, json[column.Name]).Value;
        return row;
    }

    /// <summary>A stored value as <paramref name="column"/>'s type, or why it cannot be (a type change existing rows cannot take).</summary>
    public static (object? Value, string? Error) Convert(TableColumn column, JsonNode? node) =>
        node is null ? (null, null) : CellConverter.Convert(column, TextOf(node));

    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTimeOffset time => JsonValue.Create(time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)),
        string text => JsonValue.Create(text),
        _ => throw new ArgumentException($"A row value of type {value.GetType().Name} cannot be stored.", nameof(value)),
    };

    private static string? TextOf(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number => node.ToJsonString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
