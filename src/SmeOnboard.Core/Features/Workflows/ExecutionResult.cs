using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>The outcome of running a burst, and the instance as it stands afterwards when there is one.</summary>
public sealed class ExecutionResult
{
    public required ExecutionOutcome Outcome { get; init; }
    public WorkflowInstance? Instance { get; init; }

    /// <summary>The committed burst, when <see cref="Outcome"/> is Saved.</summary>
    public BurstResult? Burst { get; init; }

    public static ExecutionResult Of(ExecutionOutcome outcome, WorkflowInstance? instance = null) => new() { Outcome = outcome, Instance = instance };
}
