namespace SmeOnboard.Core.Features.Templates;

/// <summary>A node of a parsed <see cref="Formula"/>: evaluated over all rows (row null) or, inside an aggregate, one row.</summary>
internal abstract record FormulaNode
{
    public abstract double? Evaluate(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyDictionary<string, object?>? row);

    public abstract void Check(TemplateTable table, bool numeric, List<string> problems);
}

internal sealed record NumberNode(double Value) : FormulaNode
{
    public override double? Evaluate(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyDictionary<string, object?>? row) => Value;

    public override void Check(TemplateTable table, bool numeric, List<string> problems) { }
}

internal sealed record ColumnNode(string Name) : FormulaNode
{
    public override double? Evaluate(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyDictionary<string, object?>? row) =>
        row is not null && row.TryGetValue(Name, out var value) ? value switch
        {
            double d => d,
            bool b => b ? 1 : 0,
            _ => null,
        } : null;

    public override void Check(TemplateTable table, bool numeric, List<string> problems)
    {
        var column = table.Column(Name);
        if (column is null)
            problems.Add($"The formula refers to a column '{Name}' that table '{table.Id}' does not have (it has {string.Join(", ", table.Columns.Select(c => c.Name))}).");
        else if (numeric && !column.IsNumeric)
            problems.Add($"The formula computes with column '{Name}', which is {column.Type.ToString().ToLowerInvariant()}, not a number.");
    }
}

internal sealed record NegateNode(FormulaNode Operand) : FormulaNode
{
    public override double? Evaluate(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyDictionary<string, object?>? row) =>
        -Operand.Evaluate(rows, row);

    public override void Check(TemplateTable table, bool numeric, List<string> problems) => Operand.Check(table, numeric, problems);
}

internal sealed record BinaryNode(char Operator, FormulaNode Left, FormulaNode Right) : FormulaNode
{
    public override double? Evaluate(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyDictionary<string, object?>? row)
    {
        if (Left.Evaluate(rows, row) is not { } left || Right.Evaluate(rows, row) is not { } right)
            return null;
        return Operator switch
        {
            '+' => left + right,
            '-' => left - right,
            '*' => left * right,
            _ => right == 0 ? null : left / right,
        };
    }

    public override void Check(TemplateTable table, bool numeric, List<string> problems)
    {
        Left.Check(table, numeric, problems);
        Right.Check(table, numeric, problems);
    }
}

/// <summary>SUM, AVG, MIN, MAX over a row expression (rows where it has no value are left out); COUNT counts rows with a value.</summary>
internal sealed record AggregateNode(string Function, FormulaNode Argument) : FormulaNode
{
    public override double? Evaluate(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyDictionary<string, object?>? row)
    {
        if (Function == "COUNT")
            return rows.Count(r => Argument is ColumnNode c && r.TryGetValue(c.Name, out var v) && v is not null);
        var values = rows.Select(r => Argument.Evaluate(rows, r)).OfType<double>().ToList();
        if (Function == "SUM")
            return values.Sum();
        if (values.Count == 0)
            return null;
        return Function switch
        {
            "AVG" => values.Average(),
            "MIN" => values.Min(),
            _ => values.Max(),
        };
    }

    public override void Check(TemplateTable table, bool numeric, List<string> problems) =>
        Argument.Check(table, numeric: Function != "COUNT", problems);
}

internal sealed record CountIfNode(string Column, string Value) : FormulaNode
{
    public override double? Evaluate(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyDictionary<string, object?>? row) =>
        rows.Count(r => r.TryGetValue(Column, out var v) && string.Equals(Text(v), Value, StringComparison.Ordinal));

    public override void Check(TemplateTable table, bool numeric, List<string> problems)
    {
        new ColumnNode(Column).Check(table, numeric: false, problems);
        if (table.Column(Column) is { Type: ColumnType.Choice, Options: { } options } && !options.Contains(Value))
            problems.Add($"COUNTIF compares column '{Column}' with '{Value}', which is not one of its options ({string.Join(", ", options)}).");
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        double d => Formula.Describe(d),
        _ => value.ToString(),
    };
}
