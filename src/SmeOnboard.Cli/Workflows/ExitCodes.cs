namespace SmeOnboard.Cli.Workflows;

/// <summary>The exit codes of the workflow commands.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The definition is invalid, or the run ended Faulted or Cancelled.</summary>
    public const int Failed = 1;

    /// <summary>The command could not start: a missing file or a malformed option.</summary>
    public const int Usage = 2;
}
