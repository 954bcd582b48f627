using System.Globalization;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>
/// A KPI formula over one table: numbers, + - * / (also × ÷), parentheses, and the aggregates SUM, AVG, MIN, MAX over a
/// per-row expression, COUNT(column) and COUNTIF(column, 'value'). Columns appear only inside an aggregate, so every
/// formula yields one figure for the whole table. Hand-written rather than NCalc or Jint: the grammar is tiny, and a
/// closed grammar lets validation name each missing or non-numeric column precisely.
/// </summary>
public sealed class Formula
{
    private readonly FormulaNode _root;

    private Formula(string text, FormulaNode root, IReadOnlyList<string> columns)
    {
        Text = text;
        _root = root;
        Columns = columns;
    }

    public string Text { get; }

    /// <summary>Every column the formula names, in order of appearance.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The formula, or the reason it cannot be read (with the character position).</summary>
    public static (Formula? Formula, string? Error) Parse(string text)
    {
        try
        {
            var parser = new FormulaParser(text);
            var root = parser.ParseFormula();
            return (new Formula(text, root, parser.Columns), null);
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>Problems with the columns the formula uses: missing from the table, or not numeric where arithmetic needs them.</summary>
    public IReadOnlyList<string> Check(TemplateTable table)
    {
        var problems = new List<string>();
        _root.Check(table, numeric: true, problems);
        return problems.Distinct().ToList();
    }

    /// <summary>The figure over <paramref name="rows"/>; null when it has none (no rows, or a division by zero).</summary>
    public double? Evaluate(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var value = _root.Evaluate(rows, row: null);
        return value is { } v && double.IsFinite(v) ? v : null;
    }

    public override string ToString() => Text;

    internal static string Describe(double value) => value.ToString(CultureInfo.InvariantCulture);
}
