using System.CommandLine;
using SmeOnboard.Cli.Workflows;

namespace SmeOnboard.Cli;

/// <summary>The command tree of `smeonboard`; Program.cs invokes it, tests invoke it in-process.</summary>
public static class CliApp
{
    /// <param name="time">The clock workflow runs start from; the system clock unless a test fixes it.</param>
    public static RootCommand CreateRootCommand(TimeProvider? time = null) =>
        new("SmeOnboard command line: database and catalogue chores for operators and CI.")
        {
            MigrateCommand.Create(),
            WorkflowCommand.Create(time ?? TimeProvider.System),
            MarketplaceCommand.Create(),
            Templates.TemplatesCommand.Create(),
            Devices.DevicesCommand.Create(),
        };
}
