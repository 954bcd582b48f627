namespace SmeOnboard.Core.Features.Workspace;

/// <summary>What part of an installation an upgrade changes.</summary>
public enum UpgradeArea
{
    Workflow,
    Form,
    Table,
    Column,
    Kpi,
}
