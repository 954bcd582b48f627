namespace SmeOnboard.Workflows.Model;

/// <summary>The root container: activities and the connections between their ports.</summary>
public sealed class Flowchart
{
    public const string TypeName = "Flowchart";

    public string Type { get; init; } = TypeName;
    public IReadOnlyList<ActivityNode> Activities { get; init; } = [];
    public IReadOnlyList<Connection> Connections { get; init; } = [];
}
