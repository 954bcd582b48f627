namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Where a workflow started by hand (or from the API) begins.</summary>
public sealed class ManualStart : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("ManualStart", Categories.Triggers, "Manual start",
        "Starts the workflow when a person or the API starts it.")
    {
        IsTrigger = true,
    };

    public ActivityResult Execute(ActivityContext context) => ActivityResult.Done;
}
