using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Splits the flow into parallel branches, one outcome per named branch.</summary>
public sealed class Fork : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Fork", Categories.Flow, "Fork",
        "Continues on every branch at once; bring branches together again with a Join.")
    {
        Outcomes = [],
        HasDynamicOutcomes = true,
        Inputs =
        [
            new("branches", "Branches", InputType.StringList, UiHint.ListEditor)
            {
                Description = "The names of the branches (the outcome ports).",
                DefaultValue = new JsonArray("Branch 1", "Branch 2"),
                AllowsScript = false,
            },
        ],
    };

    public ActivityResult Execute(ActivityContext context) => ActivityResult.Complete(Branches(context.Node));

    public IReadOnlyList<string> OutcomesOf(ActivityNode node) => Branches(node);

    private IReadOnlyList<string> Branches(ActivityNode node)
    {
        var value = node.Input("branches")?.Expression.Value ?? Descriptor.Input("branches")!.DefaultValue;
        return value is JsonArray array
            ? array.Select(b => b?.ToString()).OfType<string>().Distinct().ToList()
            : (value?.ToString() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
