using System.Text.Json;
using System.Text.Json.Serialization;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Serialization;

/// <summary>Reads and writes workflow definitions in SmeOnboard's JSON format.</summary>
public static class WorkflowJson
{
    /// <summary>The serializer settings of the format: camelCase names, enums as names, nulls left out.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a definition as indented JSON.</summary>
    public static string Serialize(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>Reads a definition; malformed JSON or a missing required field is returned as one error with its line and path.</summary>
    public static WorkflowReadResult Read(string json)
    {
        try
        {
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, Options);
            return definition is null
                ? WorkflowReadResult.Failure(new ValidationError(null, "json", "The document is empty (null)."))
                : WorkflowReadResult.Success(definition);
        }
        catch (JsonException e)
        {
            return WorkflowReadResult.Failure(JsonErrors.From(e));
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            // A misspelt field would otherwise vanish silently; designers keep extra data under metadata.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
