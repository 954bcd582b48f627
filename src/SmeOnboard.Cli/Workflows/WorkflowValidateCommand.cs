using System.CommandLine;
using SmeOnboard.Workflows.Activities;

namespace SmeOnboard.Cli.Workflows;

/// <summary>`smeonboard workflow validate FILE`: lists every problem with its activity id and field; exit 0 only when valid.</summary>
public static class WorkflowValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The definition: SmeOnboard JSON or an Elsa 3 export." };
        var command = new Command("validate", "Check a workflow definition and list every problem.") { file };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var path = result.GetValue(file)!;
            var loaded = WorkflowFile.Load(path, ActivityRegistry.CreateDefault());
            if (loaded is null)
            {
                result.InvocationConfiguration.Error.WriteLine($"There is no file '{path}'.");
                return ExitCodes.Usage;
            }
            if (loaded.IsValid)
            {
                output.WriteLine($"valid: {loaded.Definition!.Name} ({loaded.Definition.Root.Activities.Count} activities)");
                return ExitCodes.Success;
            }
            foreach (var problem in loaded.Problems)
                output.WriteLine(problem);
            return ExitCodes.Failed;
        });
        return command;
    }
}
