using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Web.Features.Workflows;

/// <summary>The firm's workflow definitions over the API: drafts, publishing, lists and the webhook secret.</summary>
internal static class WorkflowDefinitionEndpoints
{
    public static async Task<Results<Ok<DefinitionView>, ValidationProblem>> SaveDraft(
        string definitionId, HttpRequest request, WorkflowDefinitions definitions, CancellationToken cancellationToken)
    {
        // Read as text: the validator reports JSON errors with line and path, which model binding would swallow.
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(json))
            return FieldErrorProblems.From([new FieldError("json", WorkflowDefinitions.InvalidCode, "Send the workflow definition as JSON.")]);
        var saved = await definitions.SaveDraftAsync(definitionId, json, cancellationToken);
        if (!saved.Succeeded)
            return FieldErrorProblems.From(saved.Errors);
        var published = await definitions.FindPublishedAsync(definitionId, cancellationToken);
        return TypedResults.Ok(View(saved.Value, published));
    }

    /// <summary>Publishes the latest version; <paramref name="note"/> (optional, from the query string) is kept with it.</summary>
    public static async Task<Results<Ok<DefinitionView>, NotFound>> Publish(
        string definitionId, string? note, WorkflowDefinitions definitions, CancellationToken cancellationToken) =>
        await definitions.PublishAsync(definitionId, note, cancellationToken) is { } published
            ? TypedResults.Ok(View(published, published))
            : TypedResults.NotFound();

    public static async Task<Ok<IReadOnlyList<DefinitionSummary>>> List(WorkflowDefinitions definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await definitions.ListAsync(cancellationToken));

    public static async Task<Results<Ok<DefinitionView>, NotFound>> Get(string definitionId, WorkflowDefinitions definitions, CancellationToken cancellationToken)
    {
        var latest = await definitions.FindLatestAsync(definitionId, cancellationToken);
        return latest is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(View(latest, await definitions.FindPublishedAsync(definitionId, cancellationToken)));
    }

    public static async Task<Results<Ok<WebhookSecretResponse>, NotFound>> IssueWebhookSecret(
        string definitionId, WorkflowWebhookSecrets secrets, CancellationToken cancellationToken)
    {
        var secret = await secrets.IssueAsync(definitionId, cancellationToken);
        return secret is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new WebhookSecretResponse(secret, WorkflowWebhookEndpoint.SecretHeader,
                $"/hooks/workflows/{Uri.EscapeDataString(definitionId)}"));
    }

    private static DefinitionView View(WorkflowDefinition latest, WorkflowDefinition? published) =>
        new(latest.DefinitionId, latest.Name, latest.Version, published?.Version, JsonNode.Parse(WorkflowJson.Serialize(latest))!);
}
