namespace SmeOnboard.Workflows.Model;

/// <summary>One activity placed on a flowchart: its type, its inputs and where the designer drew it.</summary>
public sealed class ActivityNode
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public string? Name { get; init; }
    public IReadOnlyDictionary<string, ActivityInput> Inputs { get; init; } = new Dictionary<string, ActivityInput>();
    public ActivityMetadata? Metadata { get; init; }

    /// <summary>The input with the given name, or null when it is not set.</summary>
    public ActivityInput? Input(string name) => Inputs.TryGetValue(name, out var input) ? input : null;
}
