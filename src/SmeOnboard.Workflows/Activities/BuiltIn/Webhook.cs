using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Starts or continues a workflow when its webhook is called.</summary>
public sealed class Webhook : TriggerActivity
{
    public override ActivityDescriptor Descriptor { get; } = new("Webhook", Categories.Triggers, "Webhook",
        "Runs when the workflow's webhook path is called; the request body goes into the result variable.")
    {
        IsTrigger = true,
        Inputs =
        [
            Inputs.Line("path", "Path", "The path under the organisation's webhook address, such as 'orders/created'.", required: true) with { AllowsScript = false },
            Inputs.ResultVariable(),
        ],
    };

    protected override void CreateBookmark(ActivityContext context) =>
        context.CreateBookmark(BookmarkKind.Webhook, context.GetRequiredString("path"));
}
