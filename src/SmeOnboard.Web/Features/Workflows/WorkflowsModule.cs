using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Web.Features.Authorization;

namespace SmeOnboard.Web.Features.Workflows;

/// <summary>
/// Workflows in the portal: the runtime and its background workers, the firm's workflow API under /api/v1, and the
/// anonymous webhook and app callbacks under /hooks. Reading and running workflows is for firm members; changing, publishing, cancelling
/// and retrying them, and issuing webhook secrets, for firm admins.
/// </summary>
public static class WorkflowsModule
{
    public static IServiceCollection AddWorkflowsFeature(this IServiceCollection services)
    {
        services.AddWorkflows();
        services.AddWorkflowWorkers();
        // Added to the portal's limiter (Operations): anonymous hooks are limited per workflow or app and client address.
        services.Configure<RateLimiterOptions>(options =>
        {
            options.AddPolicy(WorkflowWebhookEndpoint.RateLimitPolicy, context => PerMinute(context, "definitionId", o => o.WebhookPermitsPerMinute));
            options.AddPolicy(AppCallbackEndpoint.RateLimitPolicy, context => PerMinute(context, "appId", o => o.AppCallbackPermitsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerMinute(HttpContext context, string routeValue, Func<WorkflowOptions, int> permits)
    {
        var limit = permits(context.RequestServices.GetRequiredService<IOptions<WorkflowOptions>>().Value);
        var key = $"{context.Request.RouteValues[routeValue]}|{context.Connection.RemoteIpAddress}";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    public static IEndpointRouteBuilder MapWorkflows(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Workflows");
        api.MapGet("/workflows", WorkflowDefinitionEndpoints.List).RequireAuthorization(Policies.Firm);
        api.MapGet("/workflows/{definitionId}", WorkflowDefinitionEndpoints.Get).RequireAuthorization(Policies.Firm);
        api.MapPut("/workflows/{definitionId}/draft", WorkflowDefinitionEndpoints.SaveDraft).RequireAuthorization(Policies.FirmAdmin);
        api.MapPost("/workflows/{definitionId}/publish", WorkflowDefinitionEndpoints.Publish).RequireAuthorization(Policies.FirmAdmin);
        api.MapPost("/workflows/{definitionId}/webhook-secret", WorkflowDefinitionEndpoints.IssueWebhookSecret).RequireAuthorization(Policies.FirmAdmin);
        api.MapPost("/workflows/{definitionId}/instances", WorkflowInstanceEndpoints.Start).RequireAuthorization(Policies.Firm);

        api.MapGet("/workflow-instances", WorkflowInstanceEndpoints.List).RequireAuthorization(Policies.Firm);
        api.MapGet("/workflow-instances/{id}", WorkflowInstanceEndpoints.Get).RequireAuthorization(Policies.Firm);
        api.MapPost("/workflow-instances/{id}/cancel", WorkflowInstanceEndpoints.Cancel).RequireAuthorization(Policies.FirmAdmin);
        api.MapPost("/workflow-instances/{id}/retry", WorkflowInstanceEndpoints.Retry).RequireAuthorization(Policies.FirmAdmin);
        api.MapPost("/tasks/{bookmarkId}/complete", WorkflowInstanceEndpoints.CompleteTask).RequireAuthorization(Policies.Firm);
        api.MapPost("/tasks/{bookmarkId}/claim", WorkflowInstanceEndpoints.ClaimTask).RequireAuthorization(Policies.Firm);
        api.MapPost("/tasks/{bookmarkId}/release", WorkflowInstanceEndpoints.ReleaseTask).RequireAuthorization(Policies.Firm);
        api.MapPost("/signals", WorkflowInstanceEndpoints.Signal).RequireAuthorization(Policies.Firm);

        endpoints.MapPost("/hooks/workflows/{definitionId}", WorkflowWebhookEndpoint.Call)
            .AllowAnonymous()
            .RequireRateLimiting(WorkflowWebhookEndpoint.RateLimitPolicy)
            // Outside systems call it without a form or cookie, so there is no antiforgery token to check.
            .DisableAntiforgery()
            .WithTags("Workflows");
        // Marketplace apps call back with their signature instead of signing in; it is checked before anything is read.
        endpoints.MapPost("/hooks/apps/{appId}/callbacks", AppCallbackEndpoint.Receive)
            .AllowAnonymous()
            .RequireRateLimiting(AppCallbackEndpoint.RateLimitPolicy)
            .DisableAntiforgery()
            .WithTags("Workflows");
        return endpoints;
    }
}
