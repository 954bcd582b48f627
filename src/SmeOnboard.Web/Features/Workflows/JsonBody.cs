using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Common;

namespace SmeOnboard.Web.Features.Workflows;

/// <summary>
/// Reads a JSON body inside the handler rather than by model binding: bound bodies make routing refuse other content
/// types with 415 before authorization runs, and a caller without access must learn only that (401/403).
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, FieldError? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, new FieldError("body", "Workflows.InvalidBody", "Send the request body as JSON (Content-Type: application/json)."));
        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var value = await request.ReadFromJsonAsync<T>(options, cancellationToken);
            return value is null ? (null, new FieldError("body", "Workflows.InvalidBody", "The body is empty.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, new FieldError(e.Path ?? "body", "Workflows.InvalidBody", $"The body is not valid: {e.Message}"));
        }
    }
}
