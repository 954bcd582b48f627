using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Serialization.Elsa;

/// <summary>Reads an Elsa input property, { typeName, expression: { type, value } }, as one of our inputs.</summary>
internal static class ElsaInputs
{
    /// <summary>
    /// The input, or null when the property is absent or empty. Literal and JavaScript map one to one; Elsa's
    /// "Object" expressions hold JSON text and become literals. Other languages are reported as errors.
    /// </summary>
    public static ActivityInput? Read(JsonObject activity, string property, string activityId, List<ValidationError> errors)
    {
        var node = activity[property];
        if (node is null)
            return null;
        if (node is not JsonObject wrapper || wrapper["expression"] is not JsonObject expression)
            return ActivityInput.Literal(node.DeepClone()); // plain properties such as a Fork's joinMode
        var typeName = ElsaValues.ShortName(ElsaJson.String(wrapper["typeName"]));
        var value = expression["value"];
        var language = ElsaJson.String(expression["type"]);
        switch (language)
        {
            case "Literal":
                return value is null ? null : ActivityInput.Literal(value.DeepClone(), typeName);
            case "JavaScript" when ElsaJson.String(value) is { } script:
                return script.Trim().Length == 0 ? null : ActivityInput.JavaScript(script, typeName);
            case "Object":
                return value is null ? null : ActivityInput.Literal(ParseObject(value), typeName);
            default:
                errors.Add(new ValidationError(activityId, property,
                    $"Expressions of type '{language ?? "(none)"}' cannot be imported; use Literal or JavaScript."));
                return null;
        }
    }

    /// <summary>The input's literal text, for inputs whose value the importer itself must know (a join's mode).</summary>
    public static string? LiteralText(ActivityInput? input) =>
        input?.Expression.Type == ExpressionKind.Literal ? ElsaJson.String(input.Expression.Value) ?? input.Expression.Value?.ToJsonString() : null;

    private static JsonNode? ParseObject(JsonNode value)
    {
        if (ElsaJson.String(value) is not { } text)
            return value.DeepClone();
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
