using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace SmeOnboard.Benchmarks.WorkflowCoreFlow;

/// <summary>The counterpart of our End; it also counts, because WorkflowCore runs instances on its own threads and tells no caller when they finish.</summary>
public sealed class Finish(CompletionCounter counter) : StepBody
{
    public override ExecutionResult Run(IStepExecutionContext context)
    {
        counter.Complete();
        return ExecutionResult.Next();
    }
}
