using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Kpis;

/// <summary>
/// What a table's Pareto chart ranks: the categories of its first choice column naming a reason, defect or cause,
/// weighted by the first decimal-number column (minutes lost, cost), or counted when the table has none.
/// </summary>
public sealed class ParetoSource
{
    private static readonly string[] CategoryWords = ["reason", "defect", "cause"];

    public TableColumn Category { get; init; } = new();

    /// <summary>The column summed per category; null to count rows.</summary>
    public TableColumn? Measure { get; init; }

    public static ParetoSource? For(TemplateTable table)
    {
        var category = table.Columns.FirstOrDefault(c =>
            c.Type == ColumnType.Choice && CategoryWords.Any(word => c.Name.Contains(word, StringComparison.OrdinalIgnoreCase)));
        return category is null
            ? null
            : new ParetoSource { Category = category, Measure = table.Columns.FirstOrDefault(c => c.Type == ColumnType.Number) };
    }
}
