using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>A form of the firm's workspace, by the key its workflows name, with the table its submissions append to.</summary>
public sealed class WorkspaceForm
{
    public required string Key { get; init; }
    public required Guid InstallationId { get; init; }
    public required TemplateForm Form { get; init; }

    /// <summary>The saved version: 1 as installed, one more with each edit; an edit names the version it started from.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The installed table the form is bound to, or null.</summary>
    public TemplateTable? Table { get; init; }
}
