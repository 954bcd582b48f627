using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Model;

/// <summary>How an input's value is obtained: a literal value, or a JavaScript script whose result is the value.</summary>
public sealed class InputExpression
{
    public required ExpressionKind Type { get; init; }
    public JsonNode? Value { get; init; }
}
