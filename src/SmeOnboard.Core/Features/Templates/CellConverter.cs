using System.Globalization;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>Turns a sample cell's text into the column's type, or says why it does not fit.</summary>
internal static class CellConverter
{
    public static (object? Value, string? Error) Convert(TableColumn column, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return column.Required ? (null, $"Column '{column.Name}' is required but empty.") : (null, null);
        text = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        return column.Type switch
        {
            ColumnType.Number when double.TryParse(text, NumberStyles.Float, invariant, out var n) => (n, null),
            ColumnType.Integer when long.TryParse(text, NumberStyles.Integer, invariant, out var i) => ((double)i, null),
            ColumnType.Boolean when bool.TryParse(text, out var b) => (b, null),
            ColumnType.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var d) => (d, null),
            ColumnType.DateTime when DateTimeOffset.TryParse(text, invariant, DateTimeStyles.AssumeUniversal, out var t) && text.Contains('T') =>
                (t.ToUniversalTime(), null),
            ColumnType.Choice when column.Options?.Contains(text) == true => (text, null),
            ColumnType.Choice => (null, $"'{text}' in column '{column.Name}' is not one of {string.Join(", ", column.Options ?? [])}."),
            ColumnType.Text => (text, null),
            _ => (null, $"'{text}' in column '{column.Name}' is not {Expected(column.Type)}."),
        };
    }

    private static string Expected(ColumnType type) => type switch
    {
        ColumnType.Number => "a number",
        ColumnType.Integer => "a whole number",
        ColumnType.Boolean => "true or false",
        ColumnType.Date => "a date (yyyy-MM-dd)",
        _ => "a date and time (ISO 8601, such as 2026-03-02T08:00:00Z)",
    };
}
