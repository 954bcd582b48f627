using System.Text.Json.Serialization;

namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>A manifest text in both portal languages.</summary>
public sealed class LocalizedText
{
    public string En { get; init; } = "";

    [JsonPropertyName("zh-CN")]
    public string ZhCn { get; init; } = "";

    public string In(string culture) =>
        culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && ZhCn.Length > 0 ? ZhCn : En;
}
