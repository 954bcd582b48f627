namespace SmeOnboard.Web.Tests.Infrastructure;

/// <summary>The repository's source files, found from the test's bin folder by walking up to SmeOnboard.sln.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SmeOnboard.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No SmeOnboard.sln above {AppContext.BaseDirectory}.");
    }
}
