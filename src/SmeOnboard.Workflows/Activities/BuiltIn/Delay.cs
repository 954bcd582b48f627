using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Waits for a duration with a timer bookmark.</summary>
public sealed class Delay : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Delay", Categories.Timers, "Delay",
        "Waits for a duration, such as 00:10:00 or PT10M, then continues.")
    {
        Inputs = [new("duration", "Duration", InputType.Duration, UiHint.SingleLine) { Required = true, Description = "hh:mm:ss, d.hh:mm:ss or ISO 8601 (PT10M)." }],
    };

    public ActivityResult Execute(ActivityContext context)
    {
        context.CreateBookmark(BookmarkKind.Timer, dueAt: context.Now + context.GetRequiredDuration("duration"));
        return ActivityResult.Suspend;
    }

    public IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition)
    {
        var input = node.Input("duration");
        if (input?.Expression.Type == ExpressionKind.Literal && input.Expression.Value?.ToString() is { } text
            && !(ActivityContext.TryParseDuration(text, out var duration) && duration >= TimeSpan.Zero))
            yield return new ValidationError(node.Id, "duration", $"'{text}' is not a duration such as 00:05:00 or PT5M.");
    }
}
