using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Brings branches together: after all branches that can still arrive (WaitAll) or after the first (WaitAny).</summary>
public sealed class Join : IActivity
{
    public const string WaitAll = "WaitAll";
    public const string WaitAny = "WaitAny";

    public ActivityDescriptor Descriptor { get; } = new("Join", Categories.Flow, "Join",
        "WaitAll continues once every inbound branch has arrived or can no longer arrive (for example the branch a decision did not take). " +
        "WaitAny continues on the first branch and cancels whatever the other branches were waiting for.")
    {
        Inputs = [Inputs.Choice("mode", "Mode", "WaitAll or WaitAny.", WaitAll, WaitAll, WaitAny) with { AllowsScript = false }],
    };

    public ActivityResult Execute(ActivityContext context) => ActivityResult.Done;

    public bool WaitsForAnyInbound(ActivityNode node) => node.Input("mode")?.Expression.Value?.ToString() == WaitAny;
}
