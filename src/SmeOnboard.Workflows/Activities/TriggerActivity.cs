using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities;

/// <summary>
/// The shared behaviour of triggers: when a stimulus starts the instance at the trigger it completes at once;
/// when the flow reaches it later it waits for the same kind of stimulus.
/// </summary>
public abstract class TriggerActivity : IActivity
{
    public abstract ActivityDescriptor Descriptor { get; }

    public ActivityResult Execute(ActivityContext context)
    {
        if (context.StartedByThisTrigger)
            return Accept(context, context.TriggerPayload);
        CreateBookmark(context);
        return ActivityResult.Suspend;
    }

    public ActivityResult Resume(ActivityContext context, Bookmark bookmark, JsonNode? payload) => Accept(context, payload);

    public virtual IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition) => [];

    /// <summary>Creates the bookmark the trigger waits on when reached mid-flow.</summary>
    protected abstract void CreateBookmark(ActivityContext context);

    /// <summary>Decides whether the stimulus continues the flow; by default it does, keeping its payload.</summary>
    protected virtual ActivityResult Accept(ActivityContext context, JsonNode? payload)
    {
        StorePayload(context, payload);
        return ActivityResult.Done;
    }

    protected static void StorePayload(ActivityContext context, JsonNode? payload)
    {
        if (context.GetString("resultVariable") is { Length: > 0 } variable)
            context.SetVariable(variable, payload, "resultVariable");
    }
}
