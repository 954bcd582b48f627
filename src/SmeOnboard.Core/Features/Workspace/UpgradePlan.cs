using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>What upgrading an installation to a newer template version would change, and why it cannot, if it cannot.</summary>
public sealed class UpgradePlan
{
    public required InstalledTemplate Installed { get; init; }
    public required string ToVersion { get; init; }
    public IReadOnlyList<UpgradeChange> Changes { get; init; } = [];

    /// <summary>Each reason the upgrade is refused, naming the table or column; empty when it can be applied.</summary>
    public IReadOnlyList<FieldError> Refusals { get; init; } = [];

    public bool CanApply => Refusals.Count == 0;
}
