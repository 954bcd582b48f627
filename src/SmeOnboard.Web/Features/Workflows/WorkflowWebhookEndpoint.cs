using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SmeOnboard.Core.Features.Workflows;

namespace SmeOnboard.Web.Features.Workflows;

/// <summary>
/// The anonymous webhook that starts or resumes a workflow. A missing or wrong secret answers exactly like an unknown
/// workflow (404), so neither workflows nor organisations can be discovered through it.
/// </summary>
internal static class WorkflowWebhookEndpoint
{
    public const string SecretHeader = "X-Workflow-Secret";
    public const string RateLimitPolicy = "workflow-webhooks";

    public static async Task<Results<Accepted<WebhookCall>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> Call(
        string definitionId, HttpRequest request, WorkflowWebhookTrigger trigger, CancellationToken cancellationToken)
    {
        var (ok, body, error) = await OptionalJsonBody.ReadAsync(request, cancellationToken);
        if (!ok)
            return TypedResults.BadRequest(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The body is not valid JSON.", Detail = error });
        var call = await trigger.CallAsync(definitionId, request.Headers[SecretHeader].ToString(), body, cancellationToken);
        // With a body, the portal's status pages leave the 404 alone instead of showing their page to a machine.
        return call is null
            ? TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "No such workflow, or the secret does not match." })
            : TypedResults.Accepted((string?)null, call);
    }
}
