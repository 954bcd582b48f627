using System.CommandLine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Cli;

/// <summary>`smeonboard migrate`: applies pending migrations, e.g. before rolling out a new version to several nodes.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var provider = new Option<DatabaseProvider>("--provider")
        {
            Description = "Sqlite or Postgres.",
            DefaultValueFactory = _ => DatabaseProvider.Sqlite,
        };
        var connection = new Option<string>("--connection")
        {
            Description = "ADO.NET connection string, e.g. \"Data Source=data/smeonboard.db\".",
            Required = true,
        };
        var command = new Command("migrate", "Apply the database migrations that have not run yet.") { provider, connection };
        command.SetAction(result =>
        {
            using var logging = LoggerFactory.Create(builder => builder.AddSimpleConsole(o => o.SingleLine = true));
            var options = Options.Create(new DatabaseOptions
            {
                Provider = result.GetValue(provider),
                ConnectionString = result.GetValue(connection)!,
            });
            try
            {
                new DatabaseMigrator(options, logging.CreateLogger<DatabaseMigrator>()).Migrate();
                Console.WriteLine("The database is up to date.");
                return 0;
            }
            catch (InvalidOperationException exception)
            {
                Console.Error.WriteLine(exception.Message);
                return 1;
            }
        });
        return command;
    }
}
