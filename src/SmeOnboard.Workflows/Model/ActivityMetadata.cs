using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmeOnboard.Workflows.Model;

/// <summary>Data the engine ignores but keeps: the designer's drawing and whatever else a designer stores.</summary>
public sealed class ActivityMetadata
{
    public DesignerMetadata? Designer { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
