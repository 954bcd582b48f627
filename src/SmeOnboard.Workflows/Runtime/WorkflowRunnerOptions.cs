namespace SmeOnboard.Workflows.Runtime;

/// <summary>Limits and policies of the workflow runner.</summary>
public sealed class WorkflowRunnerOptions
{
    /// <summary>Activity executions one burst may make before it stops with a runaway incident.</summary>
    public int MaxActivityExecutionsPerBurst { get; init; } = 10_000;
    public RetryPolicy RetryPolicy { get; init; } = new();
}
