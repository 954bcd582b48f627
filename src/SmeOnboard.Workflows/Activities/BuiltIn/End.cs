namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Ends the workflow, cancelling whatever other branches still wait.</summary>
public sealed class End : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("End", Categories.Flow, "End",
        "Finishes the workflow at once; other branches that are still waiting are cancelled.")
    {
        Outcomes = [],
    };

    public ActivityResult Execute(ActivityContext context) => ActivityResult.Finish;
}
