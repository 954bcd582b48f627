using System.Collections.Concurrent;
using System.Diagnostics;
using SmeOnboard.Core.Tests.Features.Marketplace;

namespace SmeOnboard.Core.Tests.Features.Workflows;

/// <summary>
/// One run of tests/SmeOnboard.CrashHost as a separate process, configured through environment variables; killed with
/// SIGKILL (<see cref="Process.Kill()"/>), so nothing in it gets to finish, flush or release anything.
/// </summary>
internal sealed class CrashHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private CrashHostProcess(Process process) => _process = process;

    public static CrashHostProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        // A scratch working directory: whatever the host writes relative to it (a mail pickup folder) stays out of the repository.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(HostDll());
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process = new Process { StartInfo = start };
        var host = new CrashHostProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) host._output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) host._errors.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>What the host wrote to standard error, for a failure message.</summary>
    public string Errors => string.Join(Environment.NewLine, _errors.TakeLast(20));

    /// <summary>Waits until the host printed <paramref name="line"/> (or exited, which fails the test).</summary>
    public Task WaitForLineAsync(string line, TimeSpan timeout) =>
        WaitUntilAsync(() => _output.Contains(line), timeout, $"the host to print '{line}'");

    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            AssertAlive(what);
            Assert.True(deadline.Elapsed < timeout, $"Timed out waiting for {what}. Host errors: {Errors}");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    public void AssertAlive(string doing = "the work to finish") =>
        Assert.False(_process.HasExited, $"The crash host exited while waiting for {doing}: {Errors}");

    /// <summary>SIGKILL on Unix: the process ends at once, in whatever it was doing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }

    /// <summary>The host built in the same configuration as this test (the test project builds it first).</summary>
    private static string HostDll()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(TestManifests.Root, "tests", "SmeOnboard.CrashHost", "bin", configuration, "net10.0", "SmeOnboard.CrashHost.dll");
        Assert.True(File.Exists(dll), $"The crash host is not built at {dll}.");
        return dll;
    }
}
