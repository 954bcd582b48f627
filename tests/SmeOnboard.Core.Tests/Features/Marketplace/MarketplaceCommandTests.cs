using System.Diagnostics;

namespace SmeOnboard.Core.Tests.Features.Marketplace;

/// <summary>The built `smeonboard marketplace validate` run as a process, as CI and operators run it.</summary>
public sealed class MarketplaceCommandTests
{
    [Fact]
    public async Task The_shipped_folder_validates_with_exit_code_zero()
    {
        var (exitCode, output, error) = await RunAsync("marketplace", "validate", TestManifests.ShippedFolder);

        Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
        Assert.Contains("all valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_copy_fails_and_prints_folder_field_and_reason()
    {
        var good = TestManifests.Copy("shopfloor-andon", "good-app");
        var bad = TestManifests.Copy("shopfloor-mes-lite", "bad-app", m =>
        {
            m["privacyPolicyUrl"] = "http://shopfloor-cloud.example/privacy";
            m["pricing"]!["amountMinor"] = -5;
            m["extra"] = true;
        });
        var folder = TestManifests.WriteFolder(good, bad);

        var (exitCode, output, error) = await RunAsync("marketplace", "validate", folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("bad-app: privacyPolicyUrl: uses http; only https URLs are allowed", error, StringComparison.Ordinal);
        Assert.Contains("bad-app: pricing.amountMinor: is negative", error, StringComparison.Ordinal);
        Assert.Contains("bad-app: extra: unknown field", error, StringComparison.Ordinal);
        Assert.DoesNotContain("good-app", error, StringComparison.Ordinal);
        Assert.Contains("1 invalid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_fails()
    {
        var (exitCode, _, error) = await RunAsync("marketplace", "validate", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("No marketplace folder", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CliDll());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The CLI built in the same configuration as this test (the test project builds it first).</summary>
    private static string CliDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(TestManifests.Root, "src", "SmeOnboard.Cli", "bin", configuration, "net10.0", "smeonboard.dll");
        Assert.True(File.Exists(dll), $"The CLI is not built at {dll}.");
        return dll;
    }
}
