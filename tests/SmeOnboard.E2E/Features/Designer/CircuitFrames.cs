using System.Text.RegularExpressions;

namespace SmeOnboard.E2E.Features.Designer;

/// <summary>
/// Circuit frames counted over a stretch of time: the start of each frame the browser sent, and how many it received.
/// </summary>
public sealed partial class CircuitFrames(IReadOnlyList<string> sent, int received)
{
    public int Total => sent.Count + received;

    /// <summary>Sent frames that call <paramref name="method"/> of a .NET object (a [JSInvokable] such as OnGraphChanged).</summary>
    public int Calls(string method) => sent.Count(f => f.Contains("BeginInvokeDotNetFromJS", StringComparison.Ordinal) && f.Contains(method, StringComparison.Ordinal));

    /// <summary>The sent frames by hub method: calls into .NET, render acknowledgements, answers to .NET's JavaScript calls.</summary>
    public string Summary() => string.Join(", ", sent
        .Select(f => HubMethod().Match(f) is { Success: true } m ? m.Value : "other")
        .GroupBy(k => k)
        .Select(g => $"{g.Count()} {g.Key}"));

    public override string ToString() => $"{sent.Count} sent ({Summary()}), {received} received";

    [GeneratedRegex("BeginInvokeDotNetFromJS|EndInvokeJSFromDotNet|OnRenderCompleted|DispatchBrowserEvent|OnLocationChanged")]
    private static partial Regex HubMethod();
}
