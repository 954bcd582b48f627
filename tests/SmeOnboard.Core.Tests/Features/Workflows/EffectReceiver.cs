using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>
/// A real HTTP server on 127.0.0.1 that another process's outbox calls: it records every request's Idempotency-Key and
/// the step it came from. Unlike <see cref="Receiver"/>, which replaces the HTTP handler inside the test process, this one sees exactly
/// what went over the wire, including the requests of a process killed before it could mark them done.
/// </summary>
internal sealed class EffectReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EffectReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string? Key, string? Step)> Requests { get; } = new();

    /// <summary>Where workflows post, e.g. http://127.0.0.1:41234/effects.</summary>
    public string Url { get; private set; } = "";

    public int DistinctKeys => Requests.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count();

    public static async Task<EffectReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Port 0: the system picks a free one, so parallel runs never collide.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new EffectReceiver(app);
        app.MapPost("/effects", (HttpRequest request) =>
        {
            receiver.Requests.Enqueue((request.Headers["Idempotency-Key"].FirstOrDefault(), request.Query["step"].FirstOrDefault()));
            return Results.Ok();
        });
        await app.StartAsync();
        receiver.Url = $"{app.Urls.Single()}/effects";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
