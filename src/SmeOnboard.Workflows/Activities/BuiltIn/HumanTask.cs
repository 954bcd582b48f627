using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Asks a person to fill in a form and waits until they have.</summary>
public sealed class HumanTask : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("HumanTask", Categories.People, "Human task",
        "Shows a form to a person or a role and waits until it is completed; the completed fields go into the result variable.")
    {
        Inputs =
        [
            Inputs.Line("title", "Title", "What the person is asked to do.", required: true),
            Inputs.Line("form", "Form", "The form the person fills in.", required: true),
            Inputs.AssigneeRole(),
            Inputs.AssigneeUser(),
            new("dueDate", "Due date", InputType.Date, UiHint.DateTimePicker) { Description = "When the task should be done (shown to the assignee)." },
            Inputs.ResultVariable("The variable that receives the completed form's fields."),
        ],
    };

    public ActivityResult Execute(ActivityContext context)
    {
        var task = new JsonObject
        {
            ["title"] = context.GetRequiredString("title"),
            ["form"] = context.GetRequiredString("form"),
            ["assigneeRole"] = context.GetString("assigneeRole"),
            ["assigneeUser"] = context.GetString("assigneeUser"),
            ["dueDate"] = context.GetDate("dueDate")?.ToUniversalTime().ToString("O"),
        };
        context.CreateBookmark(BookmarkKind.HumanTask, payload: task);
        return ActivityResult.Suspend;
    }

    public ActivityResult Resume(ActivityContext context, Bookmark bookmark, JsonNode? payload)
    {
        if (context.GetString("resultVariable") is { Length: > 0 } variable)
            context.SetVariable(variable, payload, "resultVariable");
        return ActivityResult.Done;
    }

    public IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition) => AssigneeRules.Validate(node);
}
