namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>One reason a manifest is refused: the app's folder, the field (e.g. "dataScopes[0].reason") and why.</summary>
public sealed record ManifestProblem(string Folder, string Path, string Reason)
{
    public override string ToString() => $"{Folder}: {(Path.Length == 0 ? "(manifest)" : Path)}: {Reason}";
}
