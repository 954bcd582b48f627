using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Asks a person to approve or reject, with a comment, and continues on the matching outcome.</summary>
public sealed class Approval : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Approval", Categories.People, "Approval",
        "Asks a person or a role to approve or reject; continues on Approved or Rejected and keeps the comment.")
    {
        Outcomes = [Outcome.Approved, Outcome.Rejected],
        Inputs =
        [
            Inputs.Line("title", "Title", "What is to be approved.", required: true),
            Inputs.Text("details", "Details", "What the approver should know."),
            Inputs.AssigneeRole(),
            Inputs.AssigneeUser(),
            Inputs.ResultVariable("The variable (string) that receives the approver's comment.") with { Name = "commentVariable", DisplayName = "Comment variable" },
        ],
    };

    public ActivityResult Execute(ActivityContext context)
    {
        var request = new JsonObject
        {
            ["title"] = context.GetRequiredString("title"),
            ["details"] = context.GetString("details"),
            ["assigneeRole"] = context.GetString("assigneeRole"),
            ["assigneeUser"] = context.GetString("assigneeUser"),
        };
        context.CreateBookmark(BookmarkKind.Approval, payload: request);
        return ActivityResult.Suspend;
    }

    /// <summary>Expects { "decision": "Approved" | "Rejected", "comment": "..." }; anything else leaves the approval open.</summary>
    public ActivityResult Resume(ActivityContext context, Bookmark bookmark, JsonNode? payload)
    {
        var decision = payload?["decision"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? payload["decision"]!.GetValue<string>() : null;
        if (decision is not (Outcome.Approved or Outcome.Rejected))
            return ActivityResult.KeepWaiting;
        if (context.GetString("commentVariable") is { Length: > 0 } variable)
            context.SetVariable(variable, payload!["comment"]?.DeepClone(), "commentVariable");
        return ActivityResult.Complete(decision);
    }

    public IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition) => AssigneeRules.Validate(node);
}
