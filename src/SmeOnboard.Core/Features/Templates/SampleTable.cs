namespace SmeOnboard.Core.Features.Templates;

/// <summary>
/// A table's sample rows, converted to the column types: double for number and integer, bool, DateOnly, DateTimeOffset
/// or string; null where a cell is empty.
/// </summary>
public sealed record SampleTable(TemplateTable Table, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);
