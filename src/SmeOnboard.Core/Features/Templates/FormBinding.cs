namespace SmeOnboard.Core.Features.Templates;

/// <summary>
/// How a form bound to a table fills a row: each field with a column gives that column's value, a date or date-time
/// column no field gives takes the moment of submission, and every other column stays empty. The checks make sure
/// every submission makes a row of the right types.
/// </summary>
public static class FormBinding
{
    /// <summary>Each problem of the form's table binding as (path, reason); empty when the form is unbound or fits.</summary>
    public static IReadOnlyList<(string Path, string Reason)> Check(TemplateForm form, IReadOnlyList<TemplateTable> tables)
    {
        var problems = new List<(string, string)>();
        var fieldsWithColumn = form.Fields.Select((field, index) => (field, index)).Where(f => f.field.Column is not null).ToList();
        if (form.Table is null)
        {
            problems.AddRange(fieldsWithColumn.Select(f => ($"fields[{f.index}].column", $"Field '{f.field.Name}' names a column, but the form names no table.")));
            return problems;
        }
        var table = tables.FirstOrDefault(t => t.Id == form.Table);
        if (table is null)
            return [("table", $"The form's table '{form.Table}' is not among the template's tables ({string.Join(", ", tables.Select(t => t.Id))}).")];
        foreach (var (field, index) in fieldsWithColumn)
        {
            var column = table.Column(field.Column!);
            if (column is null)
                problems.Add(($"fields[{index}].column", $"Table '{table.Id}' has no column '{field.Column}'."));
            else if (Mismatch(field, column) is { } reason)
                problems.Add(($"fields[{index}].column", reason));
        }
        foreach (var duplicate in fieldsWithColumn.GroupBy(f => f.field.Column).Where(g => g.Count() > 1))
            problems.Add(("fields", $"Column '{duplicate.Key}' is filled by more than one field."));
        var filled = fieldsWithColumn.Select(f => f.field.Column).ToHashSet(StringComparer.Ordinal);
        foreach (var column in table.Columns.Where(c => c.Required && !filled.Contains(c.Name) && c.Type is not (ColumnType.Date or ColumnType.DateTime)))
            problems.Add(("table", $"Table '{table.Id}' requires column '{column.Name}', which no field of the form fills."));
        foreach (var (field, index) in fieldsWithColumn.Where(f => !f.field.Required && table.Column(f.field.Column!)?.Required == true))
            problems.Add(($"fields[{index}].required", $"Field '{field.Name}' fills the required column '{field.Column}', so it must be required too."));
        return problems;
    }

    /// <summary>Why a field's values do not fit a column, or null when they do.</summary>
    private static string? Mismatch(FormField field, TableColumn column)
    {
        var fits = (field.Type, column.Type) switch
        {
            ("number", ColumnType.Number) => true,
            ("integer", ColumnType.Number or ColumnType.Integer) => true,
            ("date", ColumnType.Date) => true,
            ("checkbox", ColumnType.Boolean) => true,
            ("choice", ColumnType.Choice) => field.Options?.All(o => column.Options?.Contains(o.Value) == true) == true,
            ("choice", ColumnType.Text) => true,
            ("text" or "signature" or "photo" or "file", ColumnType.Text) => true,
            _ => false,
        };
        return fits ? null : field.Type == "choice" && column.Type == ColumnType.Choice
            ? $"Field '{field.Name}' offers options that column '{column.Name}' does not allow ({string.Join(", ", column.Options ?? [])})."
            : $"Field '{field.Name}' ({field.Type}) cannot fill column '{column.Name}' ({column.Type.ToString().ToLowerInvariant()}).";
    }
}
