namespace SmeOnboard.Core.Features.Templates;

/// <summary>A data table the template creates, with the file of sample rows it ships so it works at once.</summary>
public sealed class TemplateTable
{
    public string Id { get; init; } = "";
    public LocalizedText Name { get; init; } = new();
    public IReadOnlyList<TableColumn> Columns { get; init; } = [];
    public string SampleData { get; init; } = "";

    public TableColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
