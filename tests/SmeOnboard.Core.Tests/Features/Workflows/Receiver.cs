using System.Collections.Concurrent;
using System.Net;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>
/// Stands in for the servers workflows call: records every request it receives (its Idempotency-Key, signature and body)
/// and answers with <see cref="Status"/>.
/// </summary>
internal sealed class Receiver
{
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    /// <summary>A fresh handler per client, as the HTTP client factory expects; all record here.</summary>
    public HttpMessageHandler CreateHandler() => new Handler(this);

    public IReadOnlyList<ReceivedRequest> For(string idempotencyKey) =>
        Requests.Where(r => r.IdempotencyKey == idempotencyKey).ToList();

    private sealed class Handler(Receiver receiver) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            receiver.Requests.Enqueue(new ReceivedRequest(
                request.Method.Method,
                request.RequestUri!,
                request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null,
                request.Headers.TryGetValues("X-SmeOnboard-Signature", out var signatures) ? signatures.Single() : null,
                body));
            return new HttpResponseMessage(receiver.Status);
        }
    }
}
