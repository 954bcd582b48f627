namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Continues on True or False depending on a condition.</summary>
public sealed class Decision : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Decision", Categories.Flow, "Decision",
        "Evaluates a condition and continues on True or False.")
    {
        Outcomes = [Outcome.True, Outcome.False],
        Inputs = [Inputs.Condition("condition", "Condition", "A JavaScript expression that returns true or false.")],
    };

    public ActivityResult Execute(ActivityContext context) =>
        ActivityResult.Complete(context.GetBoolean("condition") ? Outcome.True : Outcome.False);
}
