using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmeOnboard.Workflows.Serialization.Elsa;

/// <summary>Small readers for the loosely typed parts of Elsa's JSON.</summary>
internal static class ElsaJson
{
    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static IEnumerable<JsonObject> Objects(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonObject>() : [];

    /// <summary>The id of a connection end, written either as { activity, port } (Elsa 3.1+) or as a bare id (3.0).</summary>
    public static string? EndpointActivity(JsonNode? endpoint) => endpoint is JsonObject o ? String(o["activity"]) : String(endpoint);
}
