namespace SmeOnboard.Benchmarks.WorkflowCoreFlow;

/// <summary>WorkflowCore's workflow data: the one number the eight middle steps set, like our flow's variable n.</summary>
public sealed class TenStepData
{
    public int N { get; set; }
}
