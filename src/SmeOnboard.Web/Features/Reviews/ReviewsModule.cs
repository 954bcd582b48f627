using Microsoft.AspNetCore.Http.HttpResults;
using SmeOnboard.Core.Features.Marketplace.Submissions;
using SmeOnboard.Web.Components.Layout;
using SmeOnboard.Web.Features.Authorization;
using SmeOnboard.Web.Features.Vendors;
using SmeOnboard.Web.Features.Workflows;
using static MudBlazor.Icons.Material;

namespace SmeOnboard.Web.Features.Reviews;

/// <summary>App review for platform administrators: the queue, the review page with its diff, and the decision API.</summary>
public static class ReviewsModule
{
    public static IServiceCollection AddReviews(this IServiceCollection services) => services
        .AddNavEntry(new NavEntry("/admin/reviews", "Nav.Reviews", Filled.FactCheck, Policies.PlatformAdmin, 205));

    public static IEndpointRouteBuilder MapReviews(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/admin/reviews", QueueAsync).WithTags("Reviews").RequireAuthorization(Policies.PlatformAdmin);
        endpoints.MapPost("/api/v1/admin/reviews/{id:guid}/decision", DecideAsync).WithTags("Reviews").RequireAuthorization(Policies.PlatformAdmin);
        return endpoints;
    }

    private static async Task<Ok<SubmissionResponse[]>> QueueAsync(SubmissionStore submissions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await submissions.ListReviewQueueAsync(cancellationToken)).Select(s => SubmissionResponse.From(s, [])).ToArray());

    private static async Task<Results<Ok<SubmissionResponse>, NotFound, ValidationProblem>> DecideAsync(
        Guid id, HttpRequest http, SubmissionStore submissions, CancellationToken cancellationToken)
    {
        var (decision, error) = await JsonBody.ReadAsync<ReviewDecision>(http, cancellationToken);
        if (decision is null)
        {
            return FieldErrorProblems.From([error!]);
        }
        var result = await ReviewActions.ApplyAsync(submissions, id, decision.Decision, decision.Comment, cancellationToken);
        if (result.Succeeded)
        {
            return TypedResults.Ok(SubmissionResponse.From(result.Value, []));
        }
        return result.Errors[0] == SubmissionErrors.NotFound ? TypedResults.NotFound() : FieldErrorProblems.From(result.Errors);
    }
}
