using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities;

/// <summary>An activity type: its descriptor and what it does when executed or resumed.</summary>
public interface IActivity
{
    ActivityDescriptor Descriptor { get; }

    /// <summary>Runs the activity. Side effects go through the context (outbox, bookmarks, variables), never directly.</summary>
    ActivityResult Execute(ActivityContext context);

    /// <summary>Continues the activity when a stimulus reaches one of its bookmarks.</summary>
    ActivityResult Resume(ActivityContext context, Bookmark bookmark, JsonNode? payload) => ActivityResult.Done;

    /// <summary>The outcome ports of one placed activity (switch cases and fork branches depend on inputs).</summary>
    IReadOnlyList<string> OutcomesOf(ActivityNode node) => Descriptor.Outcomes;

    /// <summary>True when the activity runs as soon as any inbound branch arrives and cancels the others.</summary>
    bool WaitsForAnyInbound(ActivityNode node) => false;

    /// <summary>Checks that only this activity type knows about (a cron expression, a duration).</summary>
    IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition) => [];
}
