using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using SmeOnboard.E2E.Features.Account.Pages;
using SmeOnboard.E2E.Infrastructure;
using SmeOnboard.Web.Features.Demo;

namespace SmeOnboard.E2E.Features.Designer.Benchmark;

/// <summary>
/// The designer's benchmark (docs/benchmarks/designer.md), not a test: explicit, so `dotnet test` and CI never run it.
/// It opens a 10- and a 200-activity workflow in headless chromium and times the canvas load and an autosave round
/// trip, reporting medians and the 200/10 ratios measured in the same run.
/// </summary>
public sealed class DesignerBenchmark(PortalFixture portal) : BrowserTest(portal)
{
    private const int Warmups = 1;
    private const int Runs = 7;

    // The fixed waits inside every autosave: the canvas debounces graph changes (designer.js, 400 ms), then the page
    // waits for more changes before saving (WorkflowDesigner.AutosaveDelay, 800 ms).
    private const double FixedDelayMs = 1200;

    [Fact(Explicit = true)]
    public async Task Designer_canvas_load_and_autosave_from_10_to_200_activities()
    {
        var signIn = new SignInPage(Page);
        await signIn.GotoAsync();
        await signIn.SignInAsync(DemoAccounts.FirmAdminEmail, TestPasswords.Demo);
        var small = await MeasureAsync(10);
        var large = await MeasureAsync(200);

        var report = new StringBuilder()
            .AppendLine("| Activities | Canvas load, median ms | Autosave round trip, median ms | Autosave less fixed 1200 ms delays |")
            .AppendLine("|---:|---:|---:|---:|")
            .AppendLine(Row(10, small))
            .AppendLine(Row(200, large))
            .AppendLine(CultureInfo.InvariantCulture, $"| ratio 200/10 | {large.Load / small.Load:0.00} | {large.Save / small.Save:0.00} | {(large.Save - FixedDelayMs) / (small.Save - FixedDelayMs):0.00} |")
            .ToString();
        Directory.CreateDirectory(Artifacts.Folder);
        await File.WriteAllTextAsync(Path.Combine(Artifacts.Folder, "designer-benchmark.md"), report, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
    }

    private static string Row(int activities, (double Load, double Save) m) =>
        string.Create(CultureInfo.InvariantCulture, $"| {activities} | {m.Load:0} | {m.Save:0} | {m.Save - FixedDelayMs:0} |");

    private async Task<(double Load, double Save)> MeasureAsync(int activities)
    {
        var definitionId = $"bench-{activities}-{Guid.NewGuid():N}"[..24];
        var saved = await Page.APIRequest.PutAsync($"/api/v1/workflows/{definitionId}/draft", new() { DataObject = BenchFlows.Chain(definitionId, activities) });
        if (!saved.Ok)
            throw new InvalidOperationException(await saved.TextAsync());
        var loads = new List<double>();
        var saves = new List<double>();
        for (var run = 0; run < Warmups + Runs; run++)
        {
            var load = await OpenAsync(definitionId);
            var save = await AutosaveAsync($"{activities} activities, run {run}");
            if (run < Warmups)
                continue;
            loads.Add(load);
            saves.Add(save);
        }
        return (Median(loads), Median(saves));
    }

    // From navigation to the canvas reporting every activity drawn: page, circuit, bundle import, graph load and fit.
    private async Task<double> OpenAsync(string definitionId)
    {
        var clock = Stopwatch.StartNew();
        await Page.GotoAsync($"/workflows/{definitionId}", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await Page.Locator("[data-testid='designer-canvas'][data-ready='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        return clock.Elapsed.TotalMilliseconds;
    }

    // From pressing auto-layout (a change of every node's position, laid out by dagre in the browser) to the page
    // showing "Saved" again, timed in the browser by the save chip's changes.
    private async Task<double> AutosaveAsync(string what)
    {
        await Page.EvaluateAsync("""
            () => {
              // Blazor may replace the chip's element, so the whole page is watched and the chip found afresh.
              window.__saveStates = [];
              let last = 'Saved';
              new MutationObserver(() => {
                const text = document.querySelector("[data-testid='save-state']")?.textContent.trim();
                if (text && text !== last) { last = text; window.__saveStates.push([text, performance.now()]); }
              }).observe(document.body, { childList: true, subtree: true, characterData: true });
            }
            """);
        var clicked = await Page.EvaluateAsync<double>("() => performance.now()");
        await Page.GetByTestId("auto-layout").ClickAsync();
        try
        {
            await Page.WaitForFunctionAsync(
                "() => { const s = window.__saveStates; const i = s.findIndex(e => e[0] !== 'Saved'); return i >= 0 && s.slice(i).some(e => e[0] === 'Saved'); }",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"No autosave seen ({what}); the save chip went through: " + await Page.EvaluateAsync<string>("() => JSON.stringify(window.__saveStates)"));
        }
        var saved = await Page.EvaluateAsync<double>("() => window.__saveStates.filter(e => e[0] === 'Saved').pop()[1]");
        return saved - clicked;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
