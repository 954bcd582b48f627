using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace SmeOnboard.Benchmarks.WorkflowCoreFlow;

/// <summary>The counterpart of our ManualStart: does nothing and continues.</summary>
public sealed class Begin : StepBody
{
    public override ExecutionResult Run(IStepExecutionContext context) => ExecutionResult.Next();
}
