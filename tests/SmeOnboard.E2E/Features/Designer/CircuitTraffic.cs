using Microsoft.Playwright;

namespace SmeOnboard.E2E.Features.Designer;

/// <summary>
/// Counts the frames on the page's Blazor circuit (the SignalR WebSocket under /_blazor), both ways, by wrapping the
/// browser's WebSocket before the page's own scripts run. Keep-alive pings are marked, as they flow whatever the user does.
/// </summary>
public sealed class CircuitTraffic(IPage page)
{
    private const string Script = """
        (() => {
          const Native = window.WebSocket;
          const frames = window.__circuitFrames = [];
          const bytes = d => d instanceof ArrayBuffer ? new Uint8Array(d)
            : ArrayBuffer.isView(d) ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength) : null;
          // A SignalR ping: MessagePack [6] behind its one-byte length prefix, or {"type":6} in the JSON protocol.
          const isPing = d => typeof d === 'string' ? d === '{"type":6}\u001e'
            : (b => !!b && b.length === 3 && b[0] === 2 && b[1] === 0x91 && b[2] === 6)(bytes(d));
          // The start of a frame as text (MessagePack keeps strings readable): enough for the hub method and the .NET method.
          const head = d => (typeof d === 'string' ? d : new TextDecoder().decode(bytes(d) ?? new Uint8Array())).slice(0, 300).replace(/[^\x20-\x7e]/g, '.');
          class CountingWebSocket extends Native {
            constructor(url, protocols) {
              super(url, protocols);
              this.counted = String(url).includes('/_blazor');
              if (this.counted) this.addEventListener('message', e => frames.push({ out: false, head: head(e.data), ping: isPing(e.data) }));
            }
            send(data) {
              if (this.counted) frames.push({ out: true, head: head(data), ping: isPing(data) });
              super.send(data);
            }
          }
          window.WebSocket = CountingWebSocket;
        })();
        """;

    /// <summary>Wraps the WebSocket of every document the page loads from now on.</summary>
    public Task InstallAsync() => page.AddInitScriptAsync(Script);

    /// <summary>How many frames the circuit has carried so far; pass it to <see cref="SinceAsync"/> later.</summary>
    public Task<int> PositionAsync() => page.EvaluateAsync<int>("() => window.__circuitFrames.length");

    /// <summary>The frames since <paramref name="position"/>, pings left out.</summary>
    public async Task<CircuitFrames> SinceAsync(int position)
    {
        var sent = await page.EvaluateAsync<string[]>("from => window.__circuitFrames.slice(from).filter(x => !x.ping && x.out).map(x => x.head)", position);
        var received = await page.EvaluateAsync<int>("from => window.__circuitFrames.slice(from).filter(x => !x.ping && !x.out).length", position);
        return new CircuitFrames(sent, received);
    }
}
