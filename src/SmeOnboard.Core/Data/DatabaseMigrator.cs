using System.Reflection;
using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SmeOnboard.Core.Data;

/// <summary>Applies the numbered, embedded scripts of the configured dialect with DbUp.</summary>
public sealed partial class DatabaseMigrator(IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger)
{
    private static readonly Assembly ScriptAssembly = typeof(DatabaseMigrator).Assembly;

    public void Migrate()
    {
        var database = options.Value;
        var dialect = SqlDialect.For(database.Provider);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            SqliteFolder.EnsureExists(database.ConnectionString);
        }
        var builder = database.Provider == DatabaseProvider.Postgres
            ? DeployChanges.To.PostgresqlDatabase(database.ConnectionString)
            : DeployChanges.To.SqliteDatabase(database.ConnectionString);

        var result = builder
            .WithScriptsEmbeddedInAssembly(ScriptAssembly, name => IsScriptOf(dialect, name))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();

        if (!result.Successful)
        {
            var step = result.ErrorScript is null ? "Migrating the database" : $"Migration {result.ErrorScript.Name}";
            throw new InvalidOperationException($"{step} failed: {result.Error.Message}", result.Error);
        }
        foreach (SqlScript script in result.Scripts)
        {
            LogApplied(logger, script.Name, database.Provider);
        }
    }

    /// <summary>The script numbers (the digits before the first underscore) a dialect's folder holds.</summary>
    public static IReadOnlyList<string> ScriptNumbers(SqlDialect dialect) =>
        ScriptAssembly.GetManifestResourceNames()
            .Where(name => IsScriptOf(dialect, name))
            .Select(ScriptNumber)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsScriptOf(SqlDialect dialect, string resourceName) =>
        resourceName.Contains($".Migrations.{dialect.MigrationFolder}.", StringComparison.Ordinal)
        && resourceName.EndsWith(".sql", StringComparison.Ordinal);

    private static string ScriptNumber(string resourceName)
    {
        var fileName = resourceName[(resourceName.IndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..];
        fileName = fileName[(fileName.IndexOf('.') + 1)..];
        var underscore = fileName.IndexOf('_');
        return underscore > 0 ? fileName[..underscore] : fileName;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Script} on {Provider}")]
    private static partial void LogApplied(ILogger logger, string script, DatabaseProvider provider);
}
