using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Kpis;

/// <summary>
/// A KPI's figure, trend and status over a table's rows, and Pareto rankings of a table's categories. The rows are
/// those of the KPI's table, typed as sample data is; date filtering is <see cref="KpiRows.InPeriod"/>.
/// </summary>
public static class KpiCalculator
{
    public static KpiFigure Figure(TemplateKpi kpi, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var value = Evaluate(kpi, rows);
        return new KpiFigure { Kpi = kpi, Value = value, Status = Status(kpi, value), RowCount = rows.Count };
    }

    public static KpiStatus Status(TemplateKpi kpi, double? value)
    {
        if (value is not { } v)
            return KpiStatus.NoValue;
        var met = kpi.Better == "lower" ? v <= kpi.Target : v >= kpi.Target;
        return met ? KpiStatus.OnTarget : KpiStatus.OffTarget;
    }

    /// <summary>The KPI per day or week, oldest first, for each bucket holding at least one dated row.</summary>
    public static IReadOnlyList<KpiTrendPoint> Trend(
        TemplateKpi kpi, TemplateTable table, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, TrendStep step)
    {
        if (KpiRows.DateColumn(table) is not { } column)
            return [];
        return rows
            .Select(row => (Day: KpiRows.DayOf(row.GetValueOrDefault(column.Name)), Row: row))
            .Where(r => r.Day is not null)
            .GroupBy(r => BucketStart(r.Day!.Value, step), r => r.Row)
            .OrderBy(g => g.Key)
            .Select(g => new KpiTrendPoint { Start = g.Key, Value = Evaluate(kpi, g.ToList()) })
            .ToList();
    }

    /// <summary>The day itself, or the Monday of its week.</summary>
    public static DateOnly BucketStart(DateOnly day, TrendStep step) =>
        step == TrendStep.Day ? day : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Daily buckets for up to five weeks, weekly ones beyond, so a trend keeps a readable number of points.</summary>
    public static TrendStep StepFor(KpiPeriod period) => period.Days <= 35 ? TrendStep.Day : TrendStep.Week;

    /// <summary>
    /// Categories ranked by their total (sum of the measure, or row count), largest first, ties by name, with share and
    /// cumulative share in percent. Empty when nothing adds up to more than zero. Rows without a category are left out.
    /// </summary>
    public static IReadOnlyList<ParetoBar> Pareto(ParetoSource source, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var totals = rows
            .Where(row => row.GetValueOrDefault(source.Category.Name) is string)
            .GroupBy(row => (string)row[source.Category.Name]!, StringComparer.Ordinal)
            .Select(g => (Category: g.Key, Value: source.Measure is null ? g.Count() : g.Sum(row => row.GetValueOrDefault(source.Measure.Name) as double? ?? 0)))
            .OrderByDescending(t => t.Value)
            .ThenBy(t => t.Category, StringComparer.Ordinal)
            .ToList();
        var total = totals.Sum(t => t.Value);
        if (total <= 0)
            return [];
        var running = 0d;
        return totals.Select(t =>
        {
            running += t.Value;
            return new ParetoBar { Category = t.Category, Value = t.Value, Share = t.Value / total * 100, Cumulative = running / total * 100 };
        }).ToList();
    }

    private static double? Evaluate(TemplateKpi kpi, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        rows.Count == 0 ? null : Formula.Parse(kpi.Formula).Formula?.Evaluate(rows);
}
