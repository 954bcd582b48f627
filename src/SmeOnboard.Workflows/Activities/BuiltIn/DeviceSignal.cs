using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Starts or continues a workflow when a device publishes on an MQTT topic, optionally only when a condition holds.</summary>
public sealed class DeviceSignal : TriggerActivity
{
    public override ActivityDescriptor Descriptor { get; } = new("DeviceSignal", Categories.Triggers, "Device signal",
        "Runs when a message arrives on an MQTT topic. The condition sees the message as 'signal'; a message it rejects is ignored.")
    {
        IsTrigger = true,
        Inputs =
        [
            Inputs.Line("topic", "Topic", "The exact MQTT topic, such as 'plant1/press3/temperature'.", required: true) with { AllowsScript = false },
            Inputs.Condition("condition", "Condition", "JavaScript over 'signal', for example signal.value > 80.", required: false),
            Inputs.ResultVariable("The variable that receives the message."),
        ],
    };

    protected override void CreateBookmark(ActivityContext context) =>
        context.CreateBookmark(BookmarkKind.DeviceSignal, context.GetRequiredString("topic"));

    protected override ActivityResult Accept(ActivityContext context, JsonNode? payload)
    {
        if (context.Node.Input("condition") is { } condition && !Matches(context, condition.Expression.Value?.ToString() ?? "true", payload))
            return context.StartedByThisTrigger ? ActivityResult.Finish : ActivityResult.KeepWaiting;
        StorePayload(context, payload);
        return ActivityResult.Done;
    }

    public override IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition)
    {
        // Bookmarks are found by the hash of the exact topic, so wildcard filters could never match.
        if (node.Input("topic")?.Expression.Value?.ToString() is { } topic && (topic.Contains('+') || topic.Contains('#')))
            yield return new ValidationError(node.Id, "topic", "Wildcards (+ and #) are not supported; name the exact topic.");
    }

    private static bool Matches(ActivityContext context, string condition, JsonNode? payload)
    {
        var result = context.Evaluate(condition, "condition", new Dictionary<string, JsonNode?> { ["signal"] = payload, ["input"] = context.Input });
        return result is JsonValue value && value.TryGetValue<bool>(out var matched)
            ? matched
            : throw context.Invalid("condition", "The condition must return true or false.");
    }
}
