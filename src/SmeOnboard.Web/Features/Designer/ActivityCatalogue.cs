using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Core.Features.Marketplace.Manifests;
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

    /// <summary>The palette group of the current firm's installed apps' actions, shown after the engine's categories.</summary>
    public const string AppsCategory = "Apps";

    /// <summary>
    /// A CallAppAction already set to one app's action: its name, the app and action inputs, and a payload with one
    /// property per declared input, so the property panel shows what the action takes.
    /// </summary>
    public static JsonObject AppActionTemplate(string appId, AppAction action, string culture) => new()
    {
        ["type"] = "CallAppAction",
        ["name"] = action.DisplayName.In(culture) is { Length: > 0 } display ? display : action.Name,
        ["inputs"] = new JsonObject
        {
            ["app"] = Literal("String", appId),
            ["action"] = Literal("String", action.Name),
            ["payload"] = Literal("Object", new JsonObject(action.Inputs.Select(input =>
                KeyValuePair.Create<string, JsonNode?>(input.Name, input.Type switch
                {
                    "number" or "integer" => 0,
                    "boolean" => false,
                    _ => "",
                })))),
        },
    };

    private static JsonObject Literal(string typeName, JsonNode? value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value },
    };

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
