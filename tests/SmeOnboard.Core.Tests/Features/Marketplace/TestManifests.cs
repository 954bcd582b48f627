using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmeOnboard.Core.Tests.Features.Marketplace;

/// <summary>
/// Manifests for tests: the shipped ones, or copies of them changed in one way, written to a folder of their own with
/// unique ids so tests sharing the run's database never meet.
/// </summary>
internal static class TestManifests
{
    public static string Root { get; } = FindRoot();

    public static string ShippedFolder { get; } = Path.Combine(Root, "marketplace");

    /// <summary>A shipped manifest as an editable JSON object.</summary>
    public static JsonObject Shipped(string appId) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ShippedFolder, appId, "app.json")))!.AsObject();

    /// <summary>A copy of a shipped app under a unique id and vendor, changed by <paramref name="change"/>.</summary>
    public static JsonObject Copy(string appId, string? newId = null, Action<JsonObject>? change = null)
    {
        var manifest = Shipped(appId);
        manifest["id"] = newId ?? UniqueId(appId);
        change?.Invoke(manifest);
        return manifest;
    }

    public static string UniqueId(string prefix = "test-app") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)];

    /// <summary>A new marketplace folder holding the given manifests, each with an icon, as the portal and CLI expect.</summary>
    public static string WriteFolder(params JsonObject[] manifests)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"smeonboard-marketplace-{Guid.NewGuid():N}");
        foreach (var manifest in manifests)
        {
            WriteApp(folder, manifest);
        }
        return folder;
    }

    public static void WriteApp(string marketplaceFolder, JsonObject manifest)
    {
        var app = Path.Combine(marketplaceFolder, (string)manifest["id"]!);
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "app.json"), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.WriteAllText(Path.Combine(app, "icon.svg"), """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>""");
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SmeOnboard.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (SmeOnboard.sln) is not above the test's folder.");
    }
}
