using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>
/// Calls an action of an installed marketplace app through the outbox, optionally waiting for the app's callback. The
/// gate, when given, decides first whether the organisation may call it; a refusal is an incident and nothing is queued.
/// </summary>
public sealed class CallAppAction(IAppActionGate? gate = null) : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new("CallAppAction", Categories.Integration, "Call app action",
        "Queues a signed call to an action of an installed marketplace app. With 'wait for callback' the workflow waits " +
        "until the app calls back, and the callback's data goes into the result variable.")
    {
        Inputs =
        [
            Inputs.Line("app", "App", "The app's identifier.", required: true),
            Inputs.Line("action", "Action", "The action's name as the app's manifest declares it.", required: true),
            Inputs.Json("payload", "Payload", "The data sent to the action."),
            new("waitForCallback", "Wait for callback", InputType.Boolean, UiHint.Checkbox) { DefaultValue = false },
            Inputs.ResultVariable("The variable that receives the callback's data."),
        ],
    };

    public ActivityResult Execute(ActivityContext context)
    {
        var wait = context.GetBoolean("waitForCallback");
        var app = context.GetRequiredString("app");
        var action = context.GetRequiredString("action");
        if (gate?.Refuse(context.OrganisationId, context.InstanceId, context.IdempotencyKey, app, action) is { } refusal)
            throw context.NotPermitted("app", refusal);
        context.Enqueue(OutboxKind.AppAction, new JsonObject
        {
            ["app"] = app,
            ["action"] = action,
            ["payload"] = context.Get("payload"),
            // The app echoes this key in its callback; it is also the callback bookmark's stimulus key.
            ["callbackKey"] = wait ? context.IdempotencyKey : null,
        });
        if (!wait)
            return ActivityResult.Done;
        // The app is kept with the bookmark so only the app that was called can resume it, whatever the key.
        context.CreateBookmark(BookmarkKind.AppCallback, context.IdempotencyKey, new JsonObject { ["app"] = app });
        return ActivityResult.Suspend;
    }

    public ActivityResult Resume(ActivityContext context, Bookmark bookmark, JsonNode? payload)
    {
        if (context.GetString("resultVariable") is { Length: > 0 } variable)
            context.SetVariable(variable, payload, "resultVariable");
        return ActivityResult.Done;
    }
}
