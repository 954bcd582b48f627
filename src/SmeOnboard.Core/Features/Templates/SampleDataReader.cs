using System.Text.Json;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>Reads a table's sample file (CSV with a header row, or a JSON array of objects) and checks every cell's type.</summary>
internal static class SampleDataReader
{
    public static (SampleTable Table, List<(string Path, string Reason)> Problems) Read(TemplateTable table, string text, bool isJson)
    {
        var problems = new List<(string, string)>();
        var records = isJson ? ReadJson(text, problems) : ReadCsv(text, problems);
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        for (var i = 0; i < records.Count; i++)
        {
            var where = isJson ? $"[{i}]" : $"line {i + 2}";
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var name in records[i].Keys.Where(name => table.Column(name) is null))
                problems.Add((where, $"Column '{name}' is not declared in table '{table.Id}'."));
            foreach (var column in table.Columns)
            {
                records[i].TryGetValue(column.Name, out var cell);
                if (cell.IsText && column.Type is ColumnType.Number or ColumnType.Integer or ColumnType.Boolean)
                {
                    problems.Add((where, $"'{cell.Text}' in column '{column.Name}' is a JSON string, not {(column.Type == ColumnType.Boolean ? "true or false" : "a number")}."));
                    continue;
                }
                var (value, error) = CellConverter.Convert(column, cell.Text);
                if (error is not null)
                    problems.Add((where, error));
                row[column.Name] = value;
            }
            rows.Add(row);
        }
        if (records.Count == 0 && problems.Count == 0)
            problems.Add(("", $"Table '{table.Id}' has no sample rows; a template must work the moment it is installed."));
        return (new SampleTable(table, rows), problems);
    }

    private readonly record struct Cell(string? Text, bool IsText);

    private static List<Dictionary<string, Cell>> ReadCsv(string text, List<(string, string)> problems)
    {
        var lines = CsvText.Parse(text);
        if (lines.Count == 0)
            return [];
        var header = lines[0].Select(h => h.Trim()).ToList();
        var records = new List<Dictionary<string, Cell>>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Count != header.Count)
                problems.Add(($"line {i + 1}", $"The row has {lines[i].Count} fields; the header has {header.Count}."));
            records.Add(header.Select((name, index) => (name, index))
                .ToDictionary(h => h.name, h => new Cell(h.index < lines[i].Count ? lines[i][h.index] : null, IsText: false)));
        }
        return records;
    }

    private static List<Dictionary<string, Cell>> ReadJson(string text, List<(string, string)> problems)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add(("", "The sample file must hold a JSON array of row objects."));
                return [];
            }
            var records = new List<Dictionary<string, Cell>>();
            foreach (var (element, index) in document.RootElement.EnumerateArray().Select((e, i) => (e, i)))
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(($"[{index}]", "A row must be a JSON object."));
                    continue;
                }
                records.Add(element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
                {
                    JsonValueKind.String => new Cell(p.Value.GetString(), IsText: true),
                    JsonValueKind.Null => new Cell(null, IsText: false),
                    _ => new Cell(p.Value.GetRawText(), IsText: false),
                }));
            }
            return records;
        }
        catch (JsonException e)
        {
            problems.Add(($"line {(e.LineNumber ?? 0) + 1}", $"Not valid JSON: {e.Message}"));
            return [];
        }
    }
}
