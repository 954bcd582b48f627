using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Model;

/// <summary>A typed workflow variable with an optional default value.</summary>
public sealed class VariableDefinition
{
    public required string Name { get; init; }
    public VariableType Type { get; init; } = VariableType.Object;
    public JsonNode? Default { get; init; }
}
