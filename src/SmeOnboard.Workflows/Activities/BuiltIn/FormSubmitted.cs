using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Starts or continues a workflow when a form is submitted.</summary>
public sealed class FormSubmitted : TriggerActivity
{
    public override ActivityDescriptor Descriptor { get; } = new("FormSubmitted", Categories.Triggers, "Form submitted",
        "Runs when the chosen form is submitted; the submitted fields go into the result variable.")
    {
        IsTrigger = true,
        Inputs =
        [
            Inputs.Line("form", "Form", "The form whose submissions trigger the workflow.", required: true) with { AllowsScript = false },
            Inputs.ResultVariable(),
        ],
    };

    protected override void CreateBookmark(ActivityContext context) =>
        context.CreateBookmark(BookmarkKind.FormSubmitted, context.GetRequiredString("form"));
}
