using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>One template installed in a firm's workspace, with the manifest of the version it was installed (or upgraded) at.</summary>
public sealed class InstalledTemplate
{
    public Guid Id { get; init; }
    public string Slug { get; init; } = "";
    public string Version { get; init; } = "";

    /// <summary>1 for the first copy; a second copy of the same template gets 2, and so on.</summary>
    public int CopyNumber { get; init; } = 1;

    public DateTimeOffset InstalledAt { get; init; }

    /// <summary>The tables and KPIs as installed; the KPI dashboard reads these, not the template folder.</summary>
    public TemplateManifest Manifest { get; init; } = new();
}
