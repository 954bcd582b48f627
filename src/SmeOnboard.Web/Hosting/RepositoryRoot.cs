using Microsoft.Extensions.Configuration.Json;

namespace SmeOnboard.Web.Hosting;

/// <summary>
/// The folder that holds SmeOnboard.sln, appsettings.json, data/, templates/ and marketplace/.
/// `dotnet run --project src/SmeOnboard.Web` makes the project folder the content root, so the root settings
/// file is found by walking up and loaded explicitly, below environment variables and the command line.
/// </summary>
public sealed class RepositoryRoot(string path)
{
    public string Path { get; } = path;

    /// <summary>Resolves a path from configuration: relative paths are taken from the repository root.</summary>
    public string Resolve(string relativeOrAbsolute) =>
        System.IO.Path.IsPathRooted(relativeOrAbsolute)
            ? relativeOrAbsolute
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativeOrAbsolute));

    public static RepositoryRoot AddTo(WebApplicationBuilder builder)
    {
        var root = Find(builder.Environment.ContentRootPath);
        var sources = builder.Configuration.Sources;
        var firstJson = sources.Select((source, index) => (source, index)).FirstOrDefault(s => s.source is JsonConfigurationSource);
        var position = firstJson.source is null ? sources.Count : firstJson.index;
        var rootSettings = new JsonConfigurationSource
        {
            Path = System.IO.Path.Combine(root, "appsettings.json"),
            Optional = true,
            ReloadOnChange = false,
        };
        rootSettings.ResolveFileProvider();
        sources.Insert(position, rootSettings);

        var repositoryRoot = new RepositoryRoot(root);
        builder.Services.AddSingleton(repositoryRoot);
        return repositoryRoot;
    }

    private static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "SmeOnboard.sln")))
            {
                return folder.FullName;
            }
        }
        // A published build has no solution beside it: its content root is the root.
        return start;
    }
}
