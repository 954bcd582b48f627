using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Sends an HTTP request through the outbox, once, after the burst is committed.</summary>
public sealed class HttpRequest : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("HttpRequest", Categories.Integration, "HTTP request",
        "Queues an HTTP request; the portal sends it once, after this step is saved, with an idempotency key.")
    {
        Inputs =
        [
            Inputs.Line("url", "URL", "An absolute http or https address.", required: true),
            Inputs.Choice("method", "Method", "The HTTP method.", "POST", "GET", "POST", "PUT", "PATCH", "DELETE"),
            Inputs.Json("headers", "Headers", "An object of header names and values."),
            Inputs.Json("body", "Body", "The request body (JSON or text)."),
        ],
    };

    public ActivityResult Execute(ActivityContext context)
    {
        var url = context.GetRequiredString("url");
        if (!IsHttpUrl(url))
            throw context.Invalid("url", $"'{url}' is not an absolute http or https address.");
        var headers = context.Get("headers");
        if (headers is not null and not JsonObject)
            throw context.Invalid("headers", "Headers must be an object of names and values.");
        context.Enqueue(OutboxKind.HttpRequest, new JsonObject
        {
            ["url"] = url,
            ["method"] = context.GetString("method") ?? "POST",
            ["headers"] = headers,
            ["body"] = context.Get("body"),
        });
        return ActivityResult.Done;
    }

    public IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition)
    {
        var url = node.Input("url")?.Expression;
        if (url?.Type == ExpressionKind.Literal && url.Value?.ToString() is { } text && !IsHttpUrl(text))
            yield return new ValidationError(node.Id, "url", $"'{text}' is not an absolute http or https address.");
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
