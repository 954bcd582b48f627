namespace SmeOnboard.Core.Features.Workspace;

/// <summary>A form of the firm's workspace whose submission starts workflows ("Report an incident", "Call andon").</summary>
public sealed class StartForm
{
    public required WorkspaceForm Form { get; init; }

    /// <summary>The names of the published workflows a submission starts, in id order.</summary>
    public required IReadOnlyList<string> Workflows { get; init; }
}
