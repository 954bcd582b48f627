using WorkflowCore.Interface;

namespace SmeOnboard.Benchmarks.WorkflowCoreFlow;

/// <summary>The ten-step flow in WorkflowCore's fluent API: Begin → 8 × SetNumber → Finish.</summary>
public sealed class TenStepWorkflow : IWorkflow<TenStepData>
{
    public const string Name = "ten-steps";

    public string Id => Name;

    public int Version => 1;

    public void Build(IWorkflowBuilder<TenStepData> builder)
    {
        var step = Set(builder.StartWith<Begin>(), 1);
        for (var i = 2; i <= 8; i++)
            step = Set(step, i);
        step.Then<Finish>();
    }

    private static IStepBuilder<TenStepData, SetNumber> Set<TStep>(IStepBuilder<TenStepData, TStep> from, int value)
        where TStep : IStepBody =>
        from.Then<SetNumber>().Input(s => s.Value, _ => value).Output(d => d.N, s => s.Value);
}
