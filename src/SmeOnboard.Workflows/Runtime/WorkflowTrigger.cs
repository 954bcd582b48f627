using System.Text.Json;
using SmeOnboard.Workflows.Activities.BuiltIn;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Runtime;

/// <summary>
/// A trigger that starts new instances of a definition: a DeviceSignal (its topic), Webhook (its path) or Schedule (its
/// cron expression, kind <see cref="BookmarkKind.Timer"/>) activity that nothing points to. The same activity reached
/// mid-flow only waits; that is a bookmark, not a trigger.
/// </summary>
public sealed record WorkflowTrigger(string ActivityId, BookmarkKind Kind, string Key)
{
    /// <summary>The start triggers of <paramref name="definition"/>; a key that is not a literal cannot be looked up and is left out.</summary>
    public static IReadOnlyList<WorkflowTrigger> Of(WorkflowDefinition definition)
    {
        var targets = definition.Root.Connections.Select(c => c.Target.Activity).ToHashSet(StringComparer.Ordinal);
        var triggers = new List<WorkflowTrigger>();
        foreach (var activity in definition.Root.Activities.Where(a => !targets.Contains(a.Id)))
        {
            var (kind, input) = activity.Type switch
            {
                nameof(DeviceSignal) => (BookmarkKind.DeviceSignal, "topic"),
                nameof(Webhook) => (BookmarkKind.Webhook, "path"),
                // A schedule is due by time, not by a stimulus; its key is the cron expression a worker evaluates.
                nameof(Schedule) => (BookmarkKind.Timer, "cron"),
                _ => (default(BookmarkKind?), ""),
            };
            if (kind is { } k && activity.Input(input)?.Expression is { Type: ExpressionKind.Literal, Value: { } value }
                && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } key)
                triggers.Add(new WorkflowTrigger(activity.Id, k, key));
        }
        return triggers;
    }

    public bool Matches(BookmarkKind kind, string key) => Kind == kind && string.Equals(Key, key, StringComparison.Ordinal);
}
