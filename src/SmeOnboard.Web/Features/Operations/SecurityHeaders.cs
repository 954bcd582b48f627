namespace SmeOnboard.Web.Features.Operations;

/// <summary>
/// Browser-side defences on every response. The content security policy allows only the portal's own scripts;
/// MudBlazor sets inline styles, so styles may be inline; the Blazor circuit needs a same-origin WebSocket.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var policy = ApiDocs.ScriptNonce(context) is { } nonce
                    // Only the Scalar page: its inline configuration script, by the nonce it carries (see ApiDocs).
                    ? ContentSecurityPolicy.Replace("script-src 'self';", $"script-src 'self' 'nonce-{nonce}';", StringComparison.Ordinal)
                    : ContentSecurityPolicy;
                headers.ContentSecurityPolicy = context.RequestServices.GetService<Checkout.StripeContentSecurityPolicy>()?.Apply(policy) ?? policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(self), geolocation=(), microphone=()";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
