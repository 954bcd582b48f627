using System.Text.Json.Nodes;

namespace SmeOnboard.Core.Tests.Features.Templates;

/// <summary>The shipped templates folder, and throwaway copies of it that a test breaks on purpose.</summary>
internal sealed class TemplateFolders : IDisposable
{
    public static string Shipped { get; } = FindShipped();

    public TemplateFolders() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"smeonboard-templates-{Guid.NewGuid():N}");

    /// <summary>Copies shipped templates into <see cref="Root"/>.</summary>
    public TemplateFolders Copy(params string[] slugs)
    {
        foreach (var slug in slugs)
            CopyFolder(Path.Combine(Shipped, slug), Path.Combine(Root, slug));
        return this;
    }

    public string PathOf(string slug, string file) => Path.Combine(Root, slug, file);

    public void Write(string slug, string file, string text) => File.WriteAllText(PathOf(slug, file), text);

    /// <summary>Changes one JSON file of a copied template.</summary>
    public void EditJson(string slug, string file, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(File.ReadAllText(PathOf(slug, file)))!;
        edit(node);
        Write(slug, file, node.ToJsonString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from))
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    private static string FindShipped()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SmeOnboard.sln")))
                return Path.Combine(folder.FullName, "templates");
        }
        throw new InvalidOperationException($"No SmeOnboard.sln above {AppContext.BaseDirectory}.");
    }
}
