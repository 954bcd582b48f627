using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Tests.Features.Templates;

public sealed class FormulaTests
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows =
    [
        new Dictionary<string, object?> { ["a"] = 2.0, ["b"] = 10.0, ["s"] = "open", ["ok"] = true },
        new Dictionary<string, object?> { ["a"] = 4.0, ["b"] = 30.0, ["s"] = "done", ["ok"] = false },
        new Dictionary<string, object?> { ["a"] = null, ["b"] = 20.0, ["s"] = "open", ["ok"] = null },
    ];

    [Theory]
    [InlineData("SUM(a)", 6)]
    [InlineData("AVG(b)", 20)]
    [InlineData("MIN(b) + MAX(b)", 40)]
    [InlineData("COUNT(a)", 2)]
    [InlineData("COUNTIF(s, 'open')", 2)]
    [InlineData("SUM(a * b) / SUM(b)", 2.333333333333333)]
    [InlineData("(SUM(a) + 4) × 2 ÷ 4", 5)]
    [InlineData("-SUM(a) + 10", 4)]
    [InlineData("SUM(ok) / COUNT(ok) * 100", 50)]
    public void Aggregates_and_arithmetic_evaluate_over_the_rows(string text, double expected)
    {
        var formula = Formula.Parse(text).Formula!;

        Assert.Equal(expected, formula.Evaluate(Rows)!.Value, 9);
    }

    [Fact]
    public void A_division_by_zero_has_no_value()
    {
        Assert.Null(Formula.Parse("SUM(a) / (SUM(b) - 60)").Formula!.Evaluate(Rows));
    }

    [Theory]
    [InlineData("a + 1", "Column 'a' must be inside SUM, AVG, MIN, MAX or COUNT at character 1")]
    [InlineData("MEDIAN(a)", "Unknown function 'MEDIAN'")]
    [InlineData("SUM(AVG(a))", "AVG cannot be inside another aggregate")]
    [InlineData("SUM(a", "')' expected at the end")]
    [InlineData("SUM(a) $ 2", "Unexpected '$' at character 8")]
    [InlineData("COUNTIF(s, open)", "A quoted value such as 'open' was expected")]
    public void Formulas_that_cannot_be_read_say_why(string text, string reason)
    {
        var (formula, error) = Formula.Parse(text);

        Assert.Null(formula);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_columns_a_formula_names_are_listed()
    {
        Assert.Equal(["a", "b", "s"], Formula.Parse("SUM(a * b) + COUNTIF(s, 'x')").Formula!.Columns);
    }
}
