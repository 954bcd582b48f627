using Microsoft.Playwright;

namespace SmeOnboard.E2E.Infrastructure;

/// <summary>
/// A journey in a fresh browser context: no cookies from earlier tests. Every test leaves a screenshot of where it
/// ended; a failing test also leaves a Playwright trace (open with `playwright show-trace`).
/// </summary>
[Collection(PortalCollection.Name)]
public abstract class BrowserTest(PortalFixture portal) : IAsyncLifetime
{
    private readonly List<(IBrowserContext Context, string TraceName)> _contexts = [];
    private IPage? _lastPage;
    private int _serverLogStart;

    protected PortalFixture Portal => portal;

    /// <summary>The page the test starts on; a second person gets their own browser through <see cref="OpenBrowserAsync"/>.</summary>
    protected IPage Page { get; private set; } = default!;

    /// <summary>A desktop window in English unless a test class says otherwise.</summary>
    protected virtual ViewportSize Viewport => new() { Width = 1280, Height = 800 };

    /// <summary>Whether the browser records a Playwright trace; a benchmark turns it off, as tracing costs time in the page.</summary>
    protected virtual bool Traced => true;

    private static string TestName => TestContext.Current.TestMethod?.MethodName ?? "unknown-test";

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            if (Chromium.IsRequired)
            {
                Assert.Fail(Chromium.MissingMessage);
            }
            Assert.Skip(Chromium.MissingMessage);
        }
        Assertions.SetDefaultExpectTimeout(10_000);
        _serverLogStart = Portal.ServerLog.Position;
        Page = await OpenBrowserAsync();
    }

    /// <summary>Another browser with its own cookies, as a second person at another desk; the screenshot shows the last one opened.</summary>
    protected async Task<IPage> OpenBrowserAsync()
    {
        var context = await Portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseUrl,
            ViewportSize = Viewport,
            // The portal picks its language from Accept-Language; pin it so the machine's locale cannot change the text.
            Locale = "en-US",
        });
        context.SetDefaultTimeout(15_000);
        var traceName = _contexts.Count == 0 ? TestName : $"{TestName}.{_contexts.Count + 1}";
        if (Traced)
            await context.Tracing.StartAsync(new TracingStartOptions { Title = traceName, Screenshots = true, Snapshots = true });
        _contexts.Add((context, traceName));
        _lastPage = await context.NewPageAsync();
        return _lastPage;
    }

    public async ValueTask DisposeAsync()
    {
        if (_contexts.Count == 0)
        {
            return;
        }
        var passed = TestContext.Current.TestState?.Result == TestResult.Passed;
        Directory.CreateDirectory(Artifacts.TracesFolder);
        if (_lastPage is { IsClosed: false })
        {
            try
            {
                await _lastPage.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.ScreenshotPath(TestName), FullPage = true });
            }
            catch (PlaywrightException e)
            {
                // A crashed page must not cost the trace, which is saved below.
                TestContext.Current.TestOutputHelper?.WriteLine($"No screenshot: {e.Message}");
            }
        }
        if (!passed)
        {
            foreach (var entry in Portal.ServerLog.Since(_serverLogStart))
            {
                TestContext.Current.TestOutputHelper?.WriteLine(entry);
            }
        }
        foreach (var (context, traceName) in _contexts)
        {
            if (Traced)
                await KeepTraceIfFailedAsync(context, traceName, passed);
            await context.CloseAsync();
        }
        GC.SuppressFinalize(this);
    }

    private static async Task KeepTraceIfFailedAsync(IBrowserContext context, string traceName, bool passed)
    {
        var tracePath = Artifacts.TracePath(traceName);
        if (passed)
        {
            await context.Tracing.StopAsync();
            // A trace left from an earlier failing run would now mislead.
            File.Delete(tracePath);
        }
        else
        {
            await context.Tracing.StopAsync(new TracingStopOptions { Path = tracePath });
        }
    }
}
