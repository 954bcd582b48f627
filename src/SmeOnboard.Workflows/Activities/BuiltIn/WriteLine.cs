namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Writes a line to the instance's journal.</summary>
public sealed class WriteLine : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("WriteLine", Categories.Data, "Write line",
        "Writes a line of text to the workflow's log.")
    {
        Inputs = [Inputs.Line("text", "Text", "The text to write.")],
    };

    public ActivityResult Execute(ActivityContext context)
    {
        context.WriteLine(context.GetString("text") ?? "");
        return ActivityResult.Done;
    }
}
