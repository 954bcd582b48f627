using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Calls a marketplace app's action: a POST to the app's configured address, signed with the app's secret so the app
/// knows the portal sent it, and carrying the idempotency key so a repeat is recognised.
/// </summary>
public sealed class AppActionEffect(IHttpClientFactory clients, IOptionsMonitor<WorkflowOptions> options, TimeProvider clock) : IOutboxEffect
{
    public OutboxKind Kind => OutboxKind.AppAction;

    public async Task PerformAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var app = message.Payload["app"]?.GetValue<string>() ?? "";
        if (!options.CurrentValue.Apps.TryGetValue(app, out var endpoint) || endpoint.Url is null || string.IsNullOrEmpty(endpoint.Secret))
            throw new InvalidOperationException($"The app '{app}' has no action address and secret configured under Workflows:Apps.");
        var body = new JsonObject
        {
            ["idempotencyKey"] = message.IdempotencyKey,
            ["organisationId"] = message.OrganisationId,
            ["instanceId"] = message.InstanceId,
            ["app"] = app,
            ["action"] = message.Payload["action"]?.DeepClone(),
            ["payload"] = message.Payload["payload"]?.DeepClone(),
            ["callbackKey"] = message.Payload["callbackKey"]?.DeepClone(),
        }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(HttpRequestEffect.IdempotencyHeader, message.IdempotencyKey);
        request.Headers.Add(AppActionSignature.Header, AppActionSignature.Create(endpoint.Secret, clock.GetUtcNow(), body));

        using var response = await clients.CreateClient(HttpRequestEffect.ClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
