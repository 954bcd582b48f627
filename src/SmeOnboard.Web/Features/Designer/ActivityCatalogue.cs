using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Web.Features.Designer;

/// <summary>The engine's activity descriptors as the designer needs them: palette groups and each placed activity's ports.</summary>
public sealed class ActivityCatalogue(ActivityRegistry registry)
{
    /// <summary>The palette's category order: triggers first, then the way a flow usually reads.</summary>
    private static readonly string[] CategoryOrder =
        [Categories.Triggers, Categories.People, Categories.Flow, Categories.Timers, Categories.Data, Categories.Integration];

    public IReadOnlyList<ActivityDescriptor> Descriptors { get; } = registry.Descriptors
        .OrderBy(d => Array.IndexOf(CategoryOrder, d.Category) is var i and >= 0 ? i : int.MaxValue)
        .ThenBy(d => d.DisplayName, StringComparer.Ordinal)
        .ToList();

    public ActivityDescriptor? Find(string type) => registry.Find(type)?.Descriptor;

    /// <summary>The outcome ports of a placed activity; switch cases and fork branches come from its inputs.</summary>
    public IReadOnlyList<string> OutcomesOf(JsonObject activity)
    {
        var type = activity["type"]?.GetValue<string>() ?? "";
        if (registry.Find(type) is not { } known)
            return [];
        if (!known.Descriptor.HasDynamicOutcomes)
            return known.Descriptor.Outcomes;
        try
        {
            var node = activity.Deserialize<ActivityNode>(WorkflowJson.Options);
            return node is null ? known.Descriptor.Outcomes : known.OutcomesOf(node);
        }
        catch (JsonException)
        {
            // Half-typed cases are normal while editing; the fixed ports stay until the inputs read again.
            return known.Descriptor.Outcomes;
        }
    }

    /// <summary>What the canvas needs per activity type: its name and fixed ports.</summary>
    public object ClientOptions(bool readOnly) => new
    {
        readOnly,
        activities = Descriptors.Select(d => new { type = d.Type, displayName = d.DisplayName, outcomes = d.Outcomes }),
    };
}
