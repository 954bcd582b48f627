using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Kpis;

/// <summary>
/// Dates of table rows: a table is dated by its first date or date-time column (a date-time counts by its UTC day);
/// a table without one is never filtered by date.
/// </summary>
public static class KpiRows
{
    public static TableColumn? DateColumn(TemplateTable table) =>
        table.Columns.FirstOrDefault(c => c.Type is ColumnType.Date or ColumnType.DateTime);

    public static DateOnly? DayOf(object? value) => value switch
    {
        DateOnly day => day,
        DateTimeOffset moment => DateOnly.FromDateTime(moment.UtcDateTime),
        DateTime moment => DateOnly.FromDateTime(moment.ToUniversalTime()),
        _ => null,
    };

    /// <summary>The rows dated within <paramref name="period"/>; every row when the table has no date column, none undated otherwise.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> InPeriod(
        TemplateTable table, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, KpiPeriod period)
    {
        if (DateColumn(table) is not { } column)
            return rows;
        return rows.Where(row => DayOf(row.GetValueOrDefault(column.Name)) is { } day && period.Contains(day)).ToList();
    }

    /// <summary>The latest day any row is dated, or null when the table has no date column or no dated row.</summary>
    public static DateOnly? Newest(TemplateTable table, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        DateColumn(table) is { } column
            ? rows.Select(row => DayOf(row.GetValueOrDefault(column.Name))).Max()
            : null;
}
