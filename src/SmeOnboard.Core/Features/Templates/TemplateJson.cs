using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmeOnboard.Core.Features.Templates;

/// <summary>How manifests and forms are read once they passed their schema: camelCase, enums as lowercase names.</summary>
internal static class TemplateJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>A JSON pointer such as /tables/0/columns as the path the workflow validator also prints: tables[0].columns.</summary>
    public static string PathOf(string pointer)
    {
        var path = "";
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path += int.TryParse(name, out _) ? $"[{name}]" : path.Length == 0 ? name : $".{name}";
        }
        return path;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
