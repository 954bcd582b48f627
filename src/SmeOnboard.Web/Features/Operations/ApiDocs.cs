using Microsoft.AspNetCore.Identity;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using SmeOnboard.Web.Features.Vendors;

namespace SmeOnboard.Web.Features.Operations;

/// <summary>
/// The REST API's OpenAPI document (/openapi/v1.json) and its Scalar reference page (/scalar). Only /api/v1 and the
/// /hooks callbacks are described, never pages. Both are public: vendors read the API before they have an account, and
/// the document only names routes whose every operation still answers to its own policy.
/// </summary>
public static class ApiDocs
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/scalar";
    public const string CookieSchemeName = "cookie";
    public const string BearerSchemeName = "bearer";

    public static IServiceCollection AddApiDocs(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description =>
                description.RelativePath is { } path
                && (path.StartsWith("api/v1/", StringComparison.Ordinal) || path.StartsWith("hooks/", StringComparison.Ordinal));
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "SmeOnboard API";
                document.Info.Description =
                    "The portal's REST API. Sign in for the session cookie, or call the vendor API with `Authorization: Bearer smk_…` " +
                    "(an API key from /vendor/keys). Webhooks under /hooks carry their own secret or signature instead.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [CookieSchemeName] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Cookie,
                        Name = "smeonboard.auth",
                        Description = $"The portal's sign-in cookie ({IdentityConstants.ApplicationScheme}).",
                    },
                    [BearerSchemeName] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = $"A vendor API key (smk_…), accepted by the vendor endpoints ({ApiKeyAuthentication.SchemeName}).",
                    },
                };
                document.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieSchemeName, document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeName, document)] = [] },
                ];
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // Scalar serves its bundled scripts itself (no CDN) and writes one inline configuration script, which the
        // portal's `script-src 'self'` would block: WithNonce() marks it with a fresh nonce per request, and
        // SecurityHeaders allows exactly that nonce on this response (see ScriptNonce).
        endpoints.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("SmeOnboard API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .WithNonce())
            .AllowAnonymous();
        return endpoints;
    }

    /// <summary>The nonce Scalar put on this response's inline script, if this is its page.</summary>
    public static string? ScriptNonce(HttpContext context) =>
        context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce) ? nonce as string : null;
}
