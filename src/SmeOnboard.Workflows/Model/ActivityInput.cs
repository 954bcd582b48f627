namespace SmeOnboard.Workflows.Model;

/// <summary>An input value of an activity, written as an expression (Elsa's shape: typeName plus expression).</summary>
public sealed class ActivityInput
{
    public string TypeName { get; init; } = "String";
    public required InputExpression Expression { get; init; }

    /// <summary>A literal input.</summary>
    public static ActivityInput Literal(System.Text.Json.Nodes.JsonNode? value, string typeName = "String") =>
        new() { TypeName = typeName, Expression = new InputExpression { Type = ExpressionKind.Literal, Value = value } };

    /// <summary>A JavaScript input.</summary>
    public static ActivityInput JavaScript(string script, string typeName = "Object") =>
        new() { TypeName = typeName, Expression = new InputExpression { Type = ExpressionKind.JavaScript, Value = script } };
}
