using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Sends an email or in-app notification to a user or a role through the outbox.</summary>
public sealed class SendNotification : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("SendNotification", Categories.People, "Send notification",
        "Queues an email or in-app notification; the portal sends it once, after this step is saved.")
    {
        Inputs =
        [
            Inputs.Choice("channel", "Channel", "Email or in-app.", "InApp", "InApp", "Email"),
            Inputs.Line("toUser", "To user", "A user (id or email)."),
            Inputs.AssigneeRole() with { Name = "toRole", DisplayName = "To role", Description = "Everyone with this role in the organisation." },
            Inputs.Line("subject", "Subject", "The subject or headline.", required: true),
            Inputs.Text("body", "Body", "The message.", required: true),
        ],
    };

    public ActivityResult Execute(ActivityContext context)
    {
        var toUser = context.GetString("toUser");
        var toRole = context.GetString("toRole");
        if (string.IsNullOrEmpty(toUser) && string.IsNullOrEmpty(toRole))
            throw context.Invalid("toUser", "Name a user or a role to notify.");
        context.Enqueue(OutboxKind.Notification, new JsonObject
        {
            ["channel"] = context.GetString("channel") ?? "InApp",
            ["toUser"] = toUser,
            ["toRole"] = toRole,
            ["subject"] = context.GetRequiredString("subject"),
            ["body"] = context.GetRequiredString("body"),
        });
        return ActivityResult.Done;
    }

    public IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition)
    {
        if (node.Input("toUser") is null && node.Input("toRole") is null)
            yield return new ValidationError(node.Id, "toUser", "Name a user or a role to notify.");
    }
}
