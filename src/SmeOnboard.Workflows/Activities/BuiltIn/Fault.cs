namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Faults the instance on purpose, with a message an operator will read.</summary>
public sealed class Fault : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Fault", Categories.Flow, "Fault",
        "Stops the workflow as faulted with the given message; an operator can retry or cancel it.")
    {
        Outcomes = [],
        Inputs =
        [
            Inputs.Line("message", "Message", "Why the workflow faulted.", required: true),
            Inputs.Line("code", "Code", "An optional code for reports."),
        ],
    };

    public ActivityResult Execute(ActivityContext context)
    {
        var code = context.GetString("code");
        var message = context.GetRequiredString("message");
        return ActivityResult.Fault(string.IsNullOrEmpty(code) ? message : $"{code}: {message}");
    }
}
