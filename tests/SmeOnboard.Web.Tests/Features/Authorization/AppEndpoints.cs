using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Authorization;

/// <summary>The portal's own endpoints, read from the running app's routing table.</summary>
public static class AppEndpoints
{
    public static IReadOnlyList<RouteEndpoint> All(PortalFactory portal) =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !IsFrameworkOwned(e))
            .ToList();

    /// <summary>
    /// Endpoints the framework adds and secures itself, not pages or APIs of ours:
    /// <list type="bullet">
    /// <item>static files from MapStaticAssets, plain and fingerprinted ("css/app.qrx5tjhyb5.css"): they carry a <see cref="StaticAssetDescriptor"/>;</item>
    /// <item>the Blazor runtime: the circuit hub and its negotiate, disconnect and initializers routes under /_blazor, and
    /// /_framework/opaque-redirect;</item>
    /// <item>the development-time static-file fallback "{**path:file}" (a fallback, so ordered last) that serves files added after the build.</item>
    /// </list>
    /// </summary>
    public static bool IsFrameworkOwned(RouteEndpoint endpoint)
    {
        var pattern = endpoint.RoutePattern.RawText ?? "";
        return endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null
            || pattern == "/_blazor" || pattern.StartsWith("/_blazor/", StringComparison.Ordinal)
            || pattern.StartsWith("/_framework/", StringComparison.Ordinal)
            || (pattern == "{**path:file}" && endpoint.Order == int.MaxValue);
    }

    /// <summary>"GET,POST /organisation": the methods as the endpoint accepts them (HEAD aside; "*" for any) and its pattern.</summary>
    public static string Key(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods
            .Where(m => m != HttpMethods.Head)
            .Order(StringComparer.Ordinal)
            .ToList();
        return $"{(methods is { Count: > 0 } ? string.Join(',', methods) : "*")} {endpoint.RoutePattern.RawText}";
    }

    public static bool DeclaresAccess(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
