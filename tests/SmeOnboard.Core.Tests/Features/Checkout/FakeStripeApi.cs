using System.Net;
using System.Text;

namespace SmeOnboard.Core.Tests.Features.Checkout;

/// <summary>
/// A local stand-in for the Stripe API behind the real Stripe.net client: it records every request (path, form body,
/// headers) and answers with a minimal object of the kind asked for. Off-session payments get ids of their own: a
/// renewal run renews every due subscription of the shared test database, so one test's run may charge other tests'
/// subscriptions through this fake too.
/// </summary>
internal sealed class FakeStripeApi : HttpMessageHandler
{
    /// <summary>Off-session payments are declined with this decline code (card_error, 402), as Stripe does for a failing card on file.</summary>
    public string? OffSessionDeclineCode { get; set; }

    public List<(HttpMethod Method, string Path, Dictionary<string, string> Form, string? IdempotencyKey, string? Authorization)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2))
            .ToDictionary(kv => Uri.UnescapeDataString(kv[0]), kv => Uri.UnescapeDataString(kv.Length > 1 ? kv[1].Replace('+', ' ') : ""));
        Requests.Add((request.Method, request.RequestUri!.AbsolutePath, form,
            request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null, request.Headers.Authorization?.ToString()));
        if (OffSessionDeclineCode is not null && form.GetValueOrDefault("off_session") == "true")
        {
            return new HttpResponseMessage(HttpStatusCode.PaymentRequired)
            {
                Content = new StringContent($$$"""{"error":{"type":"card_error","code":"card_declined","decline_code":"{{{OffSessionDeclineCode}}}","message":"Your card was declined."}}""", Encoding.UTF8, "application/json"),
            };
        }
        var json = (request.Method.Method, request.RequestUri.AbsolutePath) switch
        {
            ("POST", "/v1/payment_intents") when form.GetValueOrDefault("off_session") == "true" =>
                $$"""{"id":"pi_fake_renewal_{{Guid.NewGuid():N}}","object":"payment_intent","amount":{{form["amount"]}},"currency":"{{form["currency"]}}","customer":"{{form["customer"]}}","payment_method":"{{form["payment_method"]}}","status":"succeeded"}""",
            ("GET", var path) when path.StartsWith("/v1/payment_intents/", StringComparison.Ordinal) =>
                $$"""{"id":"{{path["/v1/payment_intents/".Length..]}}","object":"payment_intent","customer":"cus_fake_1","payment_method":"pm_fake_1","status":"succeeded"}""",
            ("POST", "/v1/customers") => """{"id":"cus_fake_1","object":"customer"}""",
            (_, "/v1/payment_intents") => $$"""{"id":"pi_fake_1","object":"payment_intent","amount":{{form["amount"]}},"currency":"{{form["currency"]}}","client_secret":"pi_fake_1_secret_abc","status":"requires_payment_method"}""",
            (_, "/v1/payment_intents/pi_fake_1/cancel") => """{"id":"pi_fake_1","object":"payment_intent","status":"canceled"}""",
            (_, "/v1/refunds") => $$"""{"id":"re_fake_1","object":"refund","amount":{{form["amount"]}},"payment_intent":"{{form["payment_intent"]}}","status":"succeeded"}""",
            _ => """{"error":{"type":"invalid_request_error","message":"Unknown path"}}""",
        };
        return new HttpResponseMessage(json.Contains("\"error\"", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
    }
}
