using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Core.Data;

/// <summary>Which database the portal uses; bound from the "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (the embedded default) or "Postgres".</summary>
    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string for the chosen provider.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/smeonboard.db";

    /// <summary>Run pending migrations when the portal starts.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
