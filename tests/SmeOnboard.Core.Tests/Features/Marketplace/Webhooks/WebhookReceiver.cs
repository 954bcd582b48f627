using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SmeOnboard.Core.Tests.Features.Marketplace.Webhooks;

/// <summary>
/// A vendor's webhook endpoint on 127.0.0.1 (a real server, like the workflow tests' EffectReceiver): records each
/// delivery's headers and body, and answers 500 to the first <see cref="FailFirst"/> of them.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _seen;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string? EventId, string? EventType, string? Signature, string Body)> Deliveries { get; } = new();

    public int FailFirst { get; set; }

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            receiver.Deliveries.Enqueue((request.Headers["X-SmeOnboard-Event-Id"].FirstOrDefault(), request.Headers["X-SmeOnboard-Event"].FirstOrDefault(),
                request.Headers["X-SmeOnboard-Signature"].FirstOrDefault(), body));
            return Interlocked.Increment(ref receiver._seen) <= receiver.FailFirst ? Results.StatusCode(500) : Results.Ok();
        });
        await app.StartAsync();
        receiver.Url = $"{app.Urls.Single()}/hooks";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
