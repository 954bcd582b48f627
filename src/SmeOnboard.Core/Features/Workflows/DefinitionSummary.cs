namespace SmeOnboard.Core.Features.Workflows;

/// <summary>One workflow of an organisation as a list shows it: its latest version and the one new instances start on.</summary>
public sealed class DefinitionSummary
{
    public string DefinitionId { get; init; } = "";
    public string Name { get; init; } = "";
    public int LatestVersion { get; init; }

    /// <summary>Null until the workflow is first published.</summary>
    public int? PublishedVersion { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
