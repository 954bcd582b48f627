using System.Globalization;
using System.Text;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Kpis;

/// <summary>
/// CSV downloads of a dashboard (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote
/// or line break, quotes doubled). Values are written as sample data is read back: invariant numbers, yyyy-MM-dd dates,
/// ISO 8601 UTC times. Text that a spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe.
/// </summary>
public static class KpiCsv
{
    /// <summary>UTF-8 with a byte-order mark, so Excel opens Chinese text correctly.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static string Rows(KpiTableRows table)
    {
        var lines = new List<IEnumerable<string>> { table.Table.Columns.Select(c => c.Name) };
        lines.AddRange(table.Rows.Select(row => table.Table.Columns.Select(c => Cell(row.GetValueOrDefault(c.Name)))));
        return Write(lines);
    }

    public static string Figures(KpiDashboard dashboard, string culture)
    {
        var period = dashboard.Period;
        var lines = new List<IEnumerable<string>> { new[] { "kpi", "name", "table", "value", "unit", "target", "better", "status", "rows", "from", "to" } };
        lines.AddRange(dashboard.Cards.Select(card => new[]
        {
            card.Figure.Kpi.Id,
            Text(card.Figure.Kpi.Name.In(culture)),
            card.Table.Id,
            card.Figure.Value is { } value ? Number(Math.Round(value, 4)) : "",
            Text(card.Figure.Kpi.Unit),
            Number(card.Figure.Kpi.Target),
            card.Figure.Kpi.Better,
            card.Figure.Status switch { KpiStatus.OnTarget => "on-target", KpiStatus.OffTarget => "off-target", _ => "no-value" },
            card.Figure.RowCount.ToString(CultureInfo.InvariantCulture),
            card.IsDated ? Day(period.From) : "",
            card.IsDated ? Day(period.To) : "",
        }));
        return Write(lines);
    }

    /// <summary>The file name of a download: letters, digits and hyphens only, so no header quoting is needed.</summary>
    public static string FileName(KpiDashboard dashboard, string what) =>
        $"{dashboard.Installation.Manifest.Slug}-{what}-{Day(dashboard.Period.From)}-{Day(dashboard.Period.To)}.csv";

    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string Write(IEnumerable<IEnumerable<string>> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
            text.Append(string.Join(',', line.Select(Field))).Append("\r\n");
        return text.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double number => Number(number),
        bool flag => flag ? "true" : "false",
        DateOnly day => Day(day),
        DateTimeOffset moment => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        string text => Text(text),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string Text(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;

    private static string Number(double number) => number.ToString("R", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
