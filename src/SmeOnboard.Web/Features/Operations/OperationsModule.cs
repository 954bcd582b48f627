using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace SmeOnboard.Web.Features.Operations;

public static class OperationsModule
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        services.AddPortalRateLimits();
        services.AddProblemDetails();
        return services;
    }

    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder endpoints)
    {
        // Live: the process serves requests. Ready: it can also reach its database.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return endpoints;
    }
}
