namespace SmeOnboard.E2E.Infrastructure;

/// <summary>Where screenshots and traces go: artifacts/e2e at the repository root, which CI keeps.</summary>
public static class Artifacts
{
    /// <summary>The folder holding SmeOnboard.sln; journeys also read shipped files (e.g. marketplace manifests) from it.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder { get; } = Path.Combine(RepositoryRoot, "artifacts", "e2e");

    public static string TracesFolder { get; } = Path.Combine(Folder, "traces");

    public static string ScreenshotPath(string testName) => Path.Combine(Folder, $"{testName}.png");

    public static string TracePath(string testName) => Path.Combine(TracesFolder, $"{testName}.zip");

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SmeOnboard.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No SmeOnboard.sln above {AppContext.BaseDirectory}; the artifacts folder sits beside it.");
    }
}
