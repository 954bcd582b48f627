namespace SmeOnboard.Workflows.Model;

/// <summary>One version of a workflow: its variables and its flowchart, in the JSON shape close to Elsa 3's.</summary>
public sealed class WorkflowDefinition
{
    public required string DefinitionId { get; init; }
    public int Version { get; init; } = 1;
    public required string Name { get; init; }
    public string? Description { get; init; }
    public bool IsLatest { get; init; } = true;
    public bool IsPublished { get; init; }
    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];
    public required Flowchart Root { get; init; }

    /// <summary>The activity with the given id, or null.</summary>
    public ActivityNode? FindActivity(string id) => Root.Activities.FirstOrDefault(a => a.Id == id);

    /// <summary>This definition as a store keeps one of its versions: same content, the store's version number and flags.</summary>
    public WorkflowDefinition AsVersion(int version, bool isLatest, bool isPublished) => new()
    {
        DefinitionId = DefinitionId,
        Version = version,
        Name = Name,
        Description = Description,
        IsLatest = isLatest,
        IsPublished = isPublished,
        Variables = Variables,
        Root = Root,
    };
}
