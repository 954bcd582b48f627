using SmeOnboard.Core.Common;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>The expected failures of installing and upgrading templates; the codes are resource keys the UI words.</summary>
public static class WorkspaceErrors
{
    public const string AlreadyInstalledCode = "Workspace.AlreadyInstalled";
    public const string IdTakenCode = "Workspace.IdTaken";
    public const string NotNewerCode = "Workspace.NotNewer";
    public const string InstalledMeanwhileCode = "Workspace.InstalledMeanwhile";

    public static FieldError AlreadyInstalled(string slug, int copies) =>
        new("", AlreadyInstalledCode, $"'{slug}' is installed already ({copies} cop{(copies == 1 ? "y" : "ies")}); confirm to add another copy.");

    public static FieldError IdTaken(string kind, string id) =>
        new(id, IdTakenCode, $"The workspace already has a {kind} '{id}' that the template did not create; rename it or remove it first.");

    public static FieldError InstalledMeanwhile(string slug) =>
        new("", InstalledMeanwhileCode, $"Someone in your firm installed '{slug}' at the same moment; look at your workspace, and install again only if you want another copy.");

    public static FieldError NotNewer(string available, string installed) =>
        new("", NotNewerCode, $"Version {available} is not newer than the installed {installed}.");

    public static FieldError UpgradeRefused(string subject, string code, string reason) => new(subject, code, reason);
}
