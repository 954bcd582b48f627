using System.Text;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Marketplace;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Calls a marketplace app's action: a POST to the action's webhook URL as the firm's installed version declares it,
/// signed with the vendor's signing secret so the app knows the portal sent it, and carrying the activity execution's
/// idempotency key so a repeat is recognised.
/// </summary>
public sealed class AppActionEffect(IHttpClientFactory clients, AppActionDirectory directory, TimeProvider clock) : IOutboxEffect
{
    public OutboxKind Kind => OutboxKind.AppAction;

    public async Task PerformAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var app = message.Payload["app"]?.GetValue<string>() ?? "";
        var action = message.Payload["action"]?.GetValue<string>() ?? "";
        var target = await directory.FindTargetAsync(OrganisationKey.Parse(message.OrganisationId), app, action, cancellationToken);
        if (!target.Succeeded)
            throw new InvalidOperationException(target.Errors[0].Message);
        var body = new JsonObject
        {
            ["idempotencyKey"] = message.IdempotencyKey,
            ["organisationId"] = message.OrganisationId,
            ["instanceId"] = message.InstanceId,
            ["app"] = app,
            ["action"] = action,
            ["payload"] = message.Payload["payload"]?.DeepClone(),
            ["callbackKey"] = message.Payload["callbackKey"]?.DeepClone(),
        }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Value.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(HttpRequestEffect.IdempotencyHeader, message.IdempotencyKey);
        request.Headers.Add(AppActionSignature.Header, AppActionSignature.Create(target.Value.Secret, clock.GetUtcNow(), body));

        using var response = await clients.CreateClient(HttpRequestEffect.ClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
