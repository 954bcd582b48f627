using System.CommandLine;

namespace SmeOnboard.Cli.Tests.Support;

/// <summary>Invokes `smeonboard` in-process with its standard output and error captured.</summary>
internal static class CliHost
{
    /// <summary>The fixed start of every run's clock, so timer due times are the same on every machine.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApp.CreateRootCommand(new FixedTime(Start)).Parse(args)
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A sample under the test output's Samples folder.</summary>
    public static string Sample(string relativePath) => Path.Combine(AppContext.BaseDirectory, "Samples", relativePath);

    /// <summary>A file of the repository (docs and their examples), found by walking up to the solution.</summary>
    public static string RepositoryFile(string relativePath)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SmeOnboard.sln")))
            directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("SmeOnboard.sln not found above the test output."), relativePath);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
