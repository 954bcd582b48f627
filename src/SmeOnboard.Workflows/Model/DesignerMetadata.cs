using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmeOnboard.Workflows.Model;

/// <summary>Where the designer drew an activity.</summary>
public sealed class DesignerMetadata
{
    public Position? Position { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
