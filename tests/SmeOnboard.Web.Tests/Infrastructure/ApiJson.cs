using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>Reads the API's JSON as a client would: web defaults, enums as names.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
