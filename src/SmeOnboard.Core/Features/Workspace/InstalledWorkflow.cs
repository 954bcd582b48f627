namespace SmeOnboard.Core.Features.Workspace;

/// <summary>A workflow an installation created: the template's id for it, the firm's id, and the version it published.</summary>
public sealed class InstalledWorkflow
{
    public string TemplateDefinitionId { get; init; } = "";
    public string DefinitionId { get; init; } = "";

    /// <summary>A later latest version means the firm changed the workflow since; upgrades then keep the firm's.</summary>
    public int InstalledVersion { get; init; }
}
