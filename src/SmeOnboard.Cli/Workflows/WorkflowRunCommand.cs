using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Cli.Workflows;

/// <summary>
/// `smeonboard workflow run FILE [--input JSON] [--max-wait SECONDS]`: runs the definition in memory and prints each
/// line it writes, then `status: &lt;status&gt;` as the last line of standard output.
/// </summary>
public static class WorkflowRunCommand
{
    public static Command Create(TimeProvider time)
    {
        var file = new Argument<string>("FILE") { Description = "The definition: SmeOnboard JSON or an Elsa 3 export." };
        var input = new Option<string?>("--input") { Description = "The instance's input as JSON; an object's properties named like variables set them." };
        var maxWait = new Option<double>("--max-wait")
        {
            Description = "Timers due within this many seconds fire at once (no real waiting); later ones leave the workflow Suspended.",
            DefaultValueFactory = _ => 30,
        };
        var command = new Command("run", "Run a workflow in memory until it finishes or waits for something other than a timer.") { file, input, maxWait };
        command.SetAction(async (result, _) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var path = result.GetValue(file)!;
            var seconds = result.GetValue(maxWait);
            if (seconds < 0 || double.IsNaN(seconds))
            {
                error.WriteLine("--max-wait must be zero or more seconds.");
                return ExitCodes.Usage;
            }
            if (!TryParseInput(result.GetValue(input), out var inputJson, out var inputError))
            {
                error.WriteLine(inputError);
                return ExitCodes.Usage;
            }
            var registry = ActivityRegistry.CreateDefault();
            var loaded = WorkflowFile.Load(path, registry);
            if (loaded is null)
            {
                error.WriteLine($"There is no file '{path}'.");
                return ExitCodes.Usage;
            }
            if (!loaded.IsValid)
            {
                foreach (var problem in loaded.Problems)
                    error.WriteLine(problem);
                return ExitCodes.Failed;
            }

            var run = new InMemoryRun(registry, time.GetUtcNow(), TimeSpan.FromSeconds(seconds), output, error);
            var status = await run.RunAsync(loaded.Definition!, inputJson);
            output.WriteLine($"status: {status}");
            return status is WorkflowStatus.Finished or WorkflowStatus.Suspended ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }

    private static bool TryParseInput(string? text, out JsonNode? input, out string error)
    {
        input = null;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
            return true;
        try
        {
            input = JsonNode.Parse(text);
            return true;
        }
        catch (JsonException e)
        {
            error = $"--input is not valid JSON: {e.Message}";
            return false;
        }
    }
}
