using System.CommandLine;
using SmeOnboard.Cli;

var root = new RootCommand("SmeOnboard command line: database and catalogue chores for operators and CI.")
{
    MigrateCommand.Create(),
    MarketplaceCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
