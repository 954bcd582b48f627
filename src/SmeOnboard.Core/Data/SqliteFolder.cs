using Microsoft.Data.Sqlite;

namespace SmeOnboard.Core.Data;

internal static class SqliteFolder
{
    /// <summary>SQLite creates the database file on first open, but not the folder it sits in.</summary>
    public static void EnsureExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
