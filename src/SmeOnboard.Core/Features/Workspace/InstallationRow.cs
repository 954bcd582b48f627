using System.Text.Json;
using SmeOnboard.Core.Features.Templates;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>A workspace_installations row.</summary>
internal sealed class InstallationRow
{
    public const string Columns = "id, slug, version, copy_number, prefix, manifest, installed_at";

    public Guid Id { get; init; }
    public string Slug { get; init; } = "";
    public string Version { get; init; } = "";
    public int CopyNumber { get; init; }
    public string Prefix { get; init; } = "";
    public string Manifest { get; init; } = "";
    public DateTimeOffset InstalledAt { get; init; }

    public InstalledTemplate ToInstalled() => new()
    {
        Id = Id,
        Slug = Slug,
        Version = Version,
        CopyNumber = CopyNumber,
        InstalledAt = InstalledAt,
        Manifest = ReadManifest(Manifest),
    };

    public static string WriteManifest(TemplateManifest manifest) => JsonSerializer.Serialize(manifest, TemplateJson.Options);

    public static TemplateManifest ReadManifest(string json) => JsonSerializer.Deserialize<TemplateManifest>(json, TemplateJson.Options)!;
}
