namespace SmeOnboard.Core.Features.Templates;

public sealed class TableColumn
{
    public string Name { get; init; } = "";
    public LocalizedText? Label { get; init; }
    public ColumnType Type { get; init; }
    public bool Required { get; init; }
    public IReadOnlyList<string>? Options { get; init; }

    /// <summary>Whether arithmetic may use the column (booleans count as 0 and 1).</summary>
    public bool IsNumeric => Type is ColumnType.Number or ColumnType.Integer or ColumnType.Boolean;
}
