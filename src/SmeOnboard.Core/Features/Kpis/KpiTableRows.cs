using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Kpis;

/// <summary>A table of an installation with its rows in a dashboard's period (all rows when it has no date column).</summary>
public sealed class KpiTableRows
{
    public TemplateTable Table { get; init; } = new();
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows { get; init; } = [];
}
