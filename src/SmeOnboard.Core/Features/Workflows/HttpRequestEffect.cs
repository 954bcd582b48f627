using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>Sends a workflow's HTTP request with its idempotency key, so the receiver can tell a repeat from a new request.</summary>
public sealed class HttpRequestEffect(IHttpClientFactory clients) : IOutboxEffect
{
    public const string ClientName = "workflows-outbox";
    public const string IdempotencyHeader = "Idempotency-Key";

    public OutboxKind Kind => OutboxKind.HttpRequest;

    public async Task PerformAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.Payload;
        var method = new HttpMethod(payload["method"]?.GetValue<string>() ?? "POST");
        using var request = new HttpRequestMessage(method, new Uri(payload["url"]!.GetValue<string>(), UriKind.Absolute));
        if (payload["body"] is { } body && method != HttpMethod.Get)
        {
            request.Content = body.GetValueKind() == JsonValueKind.String
                ? new StringContent(body.GetValue<string>(), Encoding.UTF8, "text/plain")
                : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        if (payload["headers"] is JsonObject headers)
        {
            foreach (var (name, value) in headers)
            {
                var text = value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value?.ToJsonString() ?? "";
                if (!request.Headers.TryAddWithoutValidation(name, text))
                    request.Content?.Headers.TryAddWithoutValidation(name, text);
            }
        }
        // Set last: a workflow's own headers must not replace the key that makes repeats harmless.
        request.Headers.Remove(IdempotencyHeader);
        request.Headers.Add(IdempotencyHeader, message.IdempotencyKey);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("SmeOnboard-Workflows", "1.0"));

        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
