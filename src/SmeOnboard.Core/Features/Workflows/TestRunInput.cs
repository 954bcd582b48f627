using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Common;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// The input a test run starts with, typed as JSON in the designer: empty for none, else an object whose properties
/// named like the workflow's variables must fit their types. Problems come back in plain words, one per property.
/// </summary>
public static class TestRunInput
{
    public const string InvalidCode = "Workflows.InvalidInput";

    /// <summary>An object with each variable and its default (or an empty value of its type), for the editor to start from.</summary>
    public static string Template(IEnumerable<VariableDefinition> variables)
    {
        var template = new JsonObject();
        foreach (var variable in variables.Where(v => v.Name.Length > 0))
            template[variable.Name] = variable.Default?.DeepClone() ?? Empty(variable.Type);
        return template.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static Result<JsonNode?> Read(string? json, IReadOnlyList<VariableDefinition> variables)
    {
        if (string.IsNullOrWhiteSpace(json))
            return Result<JsonNode?>.Success(null);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return Result<JsonNode?>.Failure(new FieldError("input", InvalidCode,
                $"The input is not valid JSON (line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}). Write an object such as {{\"amount\": 5}}."));
        }
        if (node is not JsonObject values)
            return Result<JsonNode?>.Failure(new FieldError("input", InvalidCode, "The input must be an object in braces, such as {\"amount\": 5}."));
        var errors = new List<FieldError>();
        foreach (var variable in variables)
        {
            if (values.TryGetPropertyValue(variable.Name, out var value) && !Fits(variable.Type, value))
                errors.Add(new FieldError($"input.{variable.Name}", InvalidCode, $"'{variable.Name}' must be {Describe(variable.Type)}."));
        }
        return errors.Count > 0 ? Result<JsonNode?>.Failure(errors) : Result<JsonNode?>.Success(values);
    }

    private static bool Fits(VariableType type, JsonNode? value) => value is null || type switch
    {
        VariableType.String => value.GetValueKind() == JsonValueKind.String,
        VariableType.Number => value.GetValueKind() == JsonValueKind.Number,
        VariableType.Boolean => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        VariableType.Date => value.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
        _ => true,
    };

    private static string Describe(VariableType type) => type switch
    {
        VariableType.String => "text in quotes",
        VariableType.Number => "a number",
        VariableType.Boolean => "true or false",
        VariableType.Date => "a date in quotes, such as \"2026-11-30\"",
        _ => "a JSON value",
    };

    private static JsonNode? Empty(VariableType type) => type switch
    {
        VariableType.String => "",
        VariableType.Number => 0,
        VariableType.Boolean => false,
        VariableType.Date => null,
        _ => new JsonObject(),
    };
}
