using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SmeOnboard.Core.Features.Workflows;

namespace SmeOnboard.Web.Features.Workflows;

/// <summary>
/// The anonymous endpoint a marketplace app calls back on when a workflow waits for it. The app's signature over the
/// exact body bytes is its credential, so the body is read as text first and parsed only after it is verified.
/// </summary>
internal static class AppCallbackEndpoint
{
    public const string RateLimitPolicy = "app-callbacks";

    /// <summary>A callback carries a key and a little data; anything larger is refused before it is hashed.</summary>
    private const int MaxBodyBytes = 256 * 1024;

    public static async Task<Results<Accepted, ProblemHttpResult>> Receive(
        string appId, HttpRequest request, AppCallbackReceiver receiver, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return Problem(StatusCodes.Status413PayloadTooLarge, "The callback is too large.");
        var body = await ReadAsync(request, cancellationToken);
        if (body is null)
            return Problem(StatusCodes.Status413PayloadTooLarge, "The callback is too large.");
        var outcome = await receiver.ReceiveAsync(appId, request.Headers[AppActionSignature.Header].ToString(), body, cancellationToken);
        // Problems carry a body, so the portal's status pages leave them alone instead of showing a page to a machine.
        return outcome switch
        {
            AppCallbackOutcome.Resumed => TypedResults.Accepted((string?)null),
            AppCallbackOutcome.Unauthorized => Problem(StatusCodes.Status401Unauthorized, "Unknown app, or the signature does not match."),
            AppCallbackOutcome.Invalid => Problem(StatusCodes.Status400BadRequest, "The body must be JSON with 'instanceId' and 'callbackKey'."),
            AppCallbackOutcome.NotFound => Problem(StatusCodes.Status404NotFound, "No callback of this app is awaited with that key."),
            _ => Problem(StatusCodes.Status409Conflict, "The workflow is busy; call again."),
        };
    }

    private static ProblemHttpResult Problem(int status, string title) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title });

    // Reads at most MaxBodyBytes (a chunked body has no Content-Length); null when there is more.
    private static async Task<string?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
