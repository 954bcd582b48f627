using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmeOnboard.Web.Features.Workflows;

/// <summary>Reads a request body that may be absent: no body or no JSON content type means no input.</summary>
internal static class OptionalJsonBody
{
    /// <summary>False when a JSON body was sent but cannot be parsed; <paramref name="error"/> says why.</summary>
    public static async Task<(bool Ok, JsonNode? Body, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0 || !request.HasJsonContentType())
            return (true, null, null);
        try
        {
            return (true, await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken), null);
        }
        catch (JsonException e)
        {
            return (false, null, e.Message);
        }
    }
}
