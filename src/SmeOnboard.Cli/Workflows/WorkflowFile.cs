using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Cli.Workflows;

/// <summary>Loads a definition file in either format and validates it, collecting every problem.</summary>
public sealed class WorkflowFile
{
    private WorkflowFile(WorkflowDefinition? definition, IReadOnlyList<ValidationError> problems)
    {
        Definition = definition;
        Problems = problems;
    }

    /// <summary>The definition when it was read, even if invalid.</summary>
    public WorkflowDefinition? Definition { get; }
    public IReadOnlyList<ValidationError> Problems { get; }
    public bool IsValid => Definition is not null && Problems.Count == 0;

    /// <summary>Reads the file (ours or Elsa 3) and validates the definition; null when the file does not exist.</summary>
    public static WorkflowFile? Load(string path, ActivityRegistry registry)
    {
        if (!File.Exists(path))
            return null;
        var read = WorkflowReader.Read(File.ReadAllText(path));
        return read.Succeeded
            ? new WorkflowFile(read.Definition, new WorkflowValidator(registry).Validate(read.Definition))
            : new WorkflowFile(null, read.Errors);
    }
}
