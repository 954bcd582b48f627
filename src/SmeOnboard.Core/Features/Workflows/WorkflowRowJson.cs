using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>How the store writes instance state and payloads as JSON columns.</summary>
/// <remarks>
/// Unlike the definition format, unknown members are ignored: a stored instance must stay readable after the engine
/// drops a field. Enums are names, so the JSON stays readable in the database.
/// </remarks>
internal static class WorkflowRowJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");

    public static string? WriteNode(JsonNode? node) => node?.ToJsonString(Options);

    public static JsonNode? ReadNode(string? json) => json is null ? null : JsonNode.Parse(json);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
