using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace SmeOnboard.Benchmarks.WorkflowCoreFlow;

/// <summary>The counterpart of our SetVariable: its input is mapped in and its output mapped onto the workflow data, WorkflowCore's idiom.</summary>
public sealed class SetNumber : StepBody
{
    public int Value { get; set; }

    public override ExecutionResult Run(IStepExecutionContext context) => ExecutionResult.Next();
}
