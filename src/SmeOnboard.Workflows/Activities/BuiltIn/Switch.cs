using System.Text.Json;
using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Continues on the outcome of the first (or of every) case whose condition holds, otherwise on Default.</summary>
public sealed class Switch : IActivity
{
    public const string MatchFirst = "MatchFirst";
    public const string MatchAny = "MatchAny";

    public ActivityDescriptor Descriptor { get; } = new("Switch", Categories.Flow, "Switch",
        "Each case has a label (its outcome) and a JavaScript condition; continues on the matching cases or on Default.")
    {
        Outcomes = [Outcome.Default],
        HasDynamicOutcomes = true,
        Inputs =
        [
            new("cases", "Cases", InputType.Cases, UiHint.CaseEditor)
            {
                Description = "A list of { label, condition }.",
                Required = true,
                AllowsScript = false,
            },
            Inputs.Choice("mode", "Mode", "MatchFirst continues on the first matching case; MatchAny on every matching case.",
                MatchFirst, MatchFirst, MatchAny) with { AllowsScript = false },
        ],
    };

    public ActivityResult Execute(ActivityContext context)
    {
        var matchAny = context.GetString("mode") == MatchAny;
        var matched = new List<string>();
        foreach (var (label, condition) in Cases(context.Node))
        {
            var result = context.Evaluate(condition, $"cases[{label}]");
            if (result is not JsonValue value || !value.TryGetValue<bool>(out var holds))
                throw context.Invalid($"cases[{label}]", "The condition must return true or false.");
            if (!holds)
                continue;
            matched.Add(label);
            if (!matchAny)
                break;
        }
        return ActivityResult.Complete(matched.Count > 0 ? matched : [Outcome.Default]);
    }

    public IReadOnlyList<string> OutcomesOf(ActivityNode node) => [.. Cases(node).Select(c => c.Label), Outcome.Default];

    public IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition)
    {
        var value = node.Input("cases")?.Expression.Value;
        if (value is not null && value is not JsonArray)
            yield return new ValidationError(node.Id, "cases", "Cases must be a list of { label, condition }.");
        var cases = Cases(node);
        foreach (var duplicate in cases.GroupBy(c => c.Label).Where(g => g.Count() > 1))
            yield return new ValidationError(node.Id, "cases", $"The label '{duplicate.Key}' is used by more than one case.");
        if (value is JsonArray array && cases.Count != array.Count)
            yield return new ValidationError(node.Id, "cases", "Every case needs a label and a condition (both text).");
    }

    private static List<(string Label, string Condition)> Cases(ActivityNode node) =>
        node.Input("cases")?.Expression.Value is JsonArray cases
            ? cases.OfType<JsonObject>()
                .Where(c => Text(c["label"]) is not null && Text(c["condition"]) is not null)
                .Select(c => (Text(c["label"])!, Text(c["condition"])!))
                .ToList()
            : [];

    private static string? Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
}
