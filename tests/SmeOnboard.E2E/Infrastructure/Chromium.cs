namespace SmeOnboard.E2E.Infrastructure;

/// <summary>The Debian chromium the suite drives; Playwright's own browser downloads are not used.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingMessage = $"Chromium not installed at {ExecutablePath}: apt-get install chromium";

    /// <summary>No sandbox and no GPU in containers; the rest keeps the browser from phoning home during a run.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>CI must run the browser tests; a laptop without chromium only skips them.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("CI") == "true";
}
