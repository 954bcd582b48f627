namespace SmeOnboard.Core.Features.Workspace;

public enum UpgradeChangeKind
{
    Added,
    Removed,
    Changed,

    /// <summary>The template changed a workflow the firm edited since install: the firm's version stays.</summary>
    KeptFirmEdit,

    /// <summary>The template no longer has a workflow; the firm's copy stays in the workspace, no longer tracked.</summary>
    KeptNoLongerInTemplate,
}
