using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>How a revision's rules are kept in the database: camel-case JSON with enums by name.</summary>
internal static class ProgrammeRulesJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(ProgrammeRules rules) => JsonSerializer.Serialize(rules, Options);

    public static ProgrammeRules Read(string json) =>
        JsonSerializer.Deserialize<ProgrammeRules>(json, Options) ?? throw new InvalidOperationException("Stored programme rules are empty.");
}
