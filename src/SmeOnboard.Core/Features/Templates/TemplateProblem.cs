namespace SmeOnboard.Core.Features.Templates;

/// <summary>Why a template cannot be offered: its folder, the file inside it, the JSON path or row, and the reason.</summary>
public sealed record TemplateProblem(string Folder, string File, string Path, string Reason)
{
    public override string ToString() => $"{Folder}/{File} {(Path.Length == 0 ? "" : Path + " ")}: {Reason}".Replace(" :", ":", StringComparison.Ordinal);
}
