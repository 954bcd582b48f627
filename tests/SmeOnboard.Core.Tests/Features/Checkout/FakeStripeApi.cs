using System.Net;
using System.Text;

namespace SmeOnboard.Core.Tests.Features.Checkout;

/// <summary>
/// A local stand-in for the Stripe API behind the real Stripe.net client: it records every request (path, form body,
/// headers) and answers with a minimal object of the kind asked for.
/// </summary>
internal sealed class FakeStripeApi : HttpMessageHandler
{
    public List<(HttpMethod Method, string Path, Dictionary<string, string> Form, string? IdempotencyKey, string? Authorization)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2))
            .ToDictionary(kv => Uri.UnescapeDataString(kv[0]), kv => Uri.UnescapeDataString(kv.Length > 1 ? kv[1].Replace('+', ' ') : ""));
        Requests.Add((request.Method, request.RequestUri!.AbsolutePath, form,
            request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null, request.Headers.Authorization?.ToString()));
        var json = request.RequestUri.AbsolutePath switch
        {
            "/v1/payment_intents" => $$"""{"id":"pi_fake_1","object":"payment_intent","amount":{{form["amount"]}},"currency":"{{form["currency"]}}","client_secret":"pi_fake_1_secret_abc","status":"requires_payment_method"}""",
            "/v1/payment_intents/pi_fake_1/cancel" => """{"id":"pi_fake_1","object":"payment_intent","status":"canceled"}""",
            "/v1/refunds" => $$"""{"id":"re_fake_1","object":"refund","amount":{{form["amount"]}},"payment_intent":"{{form["payment_intent"]}}","status":"succeeded"}""",
            _ => """{"error":{"type":"invalid_request_error","message":"Unknown path"}}""",
        };
        return new HttpResponseMessage(json.Contains("\"error\"", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
    }
}
