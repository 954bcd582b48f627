using System.Text.Json.Serialization;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>A text every template carries in both portal languages; the schema refuses a template missing either.</summary>
public sealed class LocalizedText
{
    public string En { get; init; } = "";

    [JsonPropertyName("zh-CN")]
    public string ZhCn { get; init; } = "";

    public string In(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ZhCn : En;
}
