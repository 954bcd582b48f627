using System.Diagnostics.CodeAnalysis;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Serialization;

/// <summary>A definition read from JSON, or the errors that prevented reading it.</summary>
public sealed class WorkflowReadResult
{
    private WorkflowReadResult(WorkflowDefinition? definition, IReadOnlyList<ValidationError> errors)
    {
        Definition = definition;
        Errors = errors;
    }

    public WorkflowDefinition? Definition { get; }
    public IReadOnlyList<ValidationError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Definition))]
    public bool Succeeded => Definition is not null;

    public static WorkflowReadResult Success(WorkflowDefinition definition) => new(definition, []);
    public static WorkflowReadResult Failure(params IReadOnlyList<ValidationError> errors) => new(null, errors);
}
