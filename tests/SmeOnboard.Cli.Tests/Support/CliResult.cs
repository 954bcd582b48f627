namespace SmeOnboard.Cli.Tests.Support;

/// <summary>What one in-process invocation of the command line produced.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Lines(Output);
    public IReadOnlyList<string> ErrorLines => Lines(Error);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
