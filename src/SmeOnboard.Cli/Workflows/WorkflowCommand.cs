using System.CommandLine;

namespace SmeOnboard.Cli.Workflows;

/// <summary>`smeonboard workflow`: check and try out workflow definitions (ours or Elsa 3 exports) without a database.</summary>
public static class WorkflowCommand
{
    public static Command Create(TimeProvider time) =>
        new("workflow", "Validate or run a workflow definition file (SmeOnboard JSON or an Elsa 3 export).")
        {
            WorkflowValidateCommand.Create(),
            WorkflowRunCommand.Create(time),
        };
}
