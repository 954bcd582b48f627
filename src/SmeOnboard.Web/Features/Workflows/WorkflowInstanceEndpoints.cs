using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Web.Features.Workflows;

/// <summary>
/// The firm's workflow instances over the API. "Not found" covers another firm's instances and tasks too, so ids
/// cannot be probed; a task assigned to someone else is 403, and work that cannot apply now is 409.
/// </summary>
internal static class WorkflowInstanceEndpoints
{
    public static async Task<Results<Created<WorkflowInstance>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> Start(
        string definitionId, HttpRequest request, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        // The body is optional: an empty one starts without input.
        var (ok, input, error) = await OptionalJsonBody.ReadAsync(request, cancellationToken);
        if (!ok)
            return FieldErrorProblems.From([new FieldError("input", WorkflowDefinitions.InvalidCode, $"The input is not valid JSON: {error}")]);
        var started = await runtime.StartAsync(definitionId, input, cancellationToken);
        if (started is null)
            return TypedResults.NotFound();
        if (!started.Succeeded)
            return Failure(started.Errors) switch
            {
                { } conflict => conflict,
                null => FieldErrorProblems.From(started.Errors),
            };
        return TypedResults.Created($"/api/v1/workflow-instances/{started.Value.Id}", started.Value);
    }

    public static async Task<Ok<IReadOnlyList<InstanceSummary>>> List(string? definitionId, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        TypedResults.Ok(await runtime.ListInstancesAsync(definitionId, cancellationToken));

    public static async Task<Results<Ok<InstanceDetails>, NotFound>> Get(string id, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        await runtime.FindInstanceAsync(id, cancellationToken) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    public static async Task<Results<Ok<WorkflowInstance>, NotFound, ValidationProblem, ForbidHttpResult, Conflict<ProblemDetails>>> CompleteTask(
        string bookmarkId, HttpRequest request, WorkspaceTasks tasks, CancellationToken cancellationToken)
    {
        var (completion, invalid) = await JsonBody.ReadAsync<TaskCompletion>(request, cancellationToken);
        if (completion is null)
            return FieldErrorProblems.From([invalid!]);
        // A task asking for a workspace form is checked against it and fills its table, as in the task inbox.
        var result = await tasks.CompleteAsync(bookmarkId, completion, cancellationToken);
        if (result is null)
            return TypedResults.NotFound();
        if (result.Succeeded)
            return TypedResults.Ok(result.Value);
        if (result.Errors.Any(e => e.Code == WorkflowErrors.NotAssignee))
            return TypedResults.Forbid();
        return Failure(result.Errors) switch
        {
            { } conflict => conflict,
            null => FieldErrorProblems.From(result.Errors),
        };
    }

    /// <summary>Takes a task for the caller; 409 when another person took it first, 403 when it is not the caller's to do.</summary>
    public static async Task<Results<Ok<TaskClaim>, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> ClaimTask(
        string bookmarkId, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var result = await runtime.ClaimTaskAsync(bookmarkId, cancellationToken);
        if (result is null)
            return TypedResults.NotFound();
        if (result.Succeeded)
            return TypedResults.Ok(result.Value);
        return result.Errors.Any(e => e.Code == WorkflowErrors.NotAssignee) ? TypedResults.Forbid() : Conflict(result.Errors);
    }

    /// <summary>Gives a claimed task back to its role; 404 when the caller holds no claim on it (a firm admin may free any).</summary>
    public static async Task<Results<NoContent, NotFound>> ReleaseTask(string bookmarkId, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        await runtime.ReleaseTaskAsync(bookmarkId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Results<Ok<SignalResponse>, ValidationProblem>> Signal(HttpRequest request, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var (signal, invalid) = await JsonBody.ReadAsync<SignalRequest>(request, cancellationToken);
        if (signal is null)
            return FieldErrorProblems.From([invalid!]);
        if (string.IsNullOrWhiteSpace(signal.Topic))
            return FieldErrorProblems.From([new FieldError("topic", WorkflowErrors.InvalidCompletion, "Name the exact topic the device published on.")]);
        var result = await runtime.SignalAsync(signal.Topic, signal.Payload, cancellationToken);
        return TypedResults.Ok(new SignalResponse(result.Resumed, result.Started));
    }

    public static async Task<Results<Ok<WorkflowInstance>, NotFound, Conflict<ProblemDetails>>> Cancel(string id, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        Applied(await runtime.CancelAsync(id, cancellationToken));

    public static async Task<Results<Ok<WorkflowInstance>, NotFound, Conflict<ProblemDetails>>> Retry(string id, WorkflowRuntime runtime, CancellationToken cancellationToken) =>
        Applied(await runtime.RetryAsync(id, cancellationToken));

    private static Results<Ok<WorkflowInstance>, NotFound, Conflict<ProblemDetails>> Applied(Result<WorkflowInstance>? result) =>
        result is null ? TypedResults.NotFound()
        : result.Succeeded ? TypedResults.Ok(result.Value)
        : Failure(result.Errors) ?? Conflict(result.Errors);

    // Errors that say "not now" rather than "fix your input" are conflicts with the instance's state.
    private static Conflict<ProblemDetails>? Failure(IReadOnlyList<FieldError> errors) =>
        errors.Any(e => e.Code is WorkflowErrors.Busy or WorkflowErrors.NotApplicable or WorkflowErrors.NotPublished or WorkflowErrors.Taken) ? Conflict(errors) : null;

    private static Conflict<ProblemDetails> Conflict(IReadOnlyList<FieldError> errors) =>
        TypedResults.Conflict(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = errors[0].Message,
            Extensions = { ["codes"] = errors.Select(e => e.Code).Distinct().ToArray() },
        });
}
