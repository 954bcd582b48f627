using Cronos;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Workflows.Activities.BuiltIn;

/// <summary>Starts a workflow on a cron schedule, or waits mid-flow for the schedule's next occurrence.</summary>
public sealed class Schedule : TriggerActivity
{
    public override ActivityDescriptor Descriptor { get; } = new("Schedule", Categories.Triggers, "Schedule",
        "Runs at the times a cron expression gives (UTC): five fields, for example '0 7 * * 1-5', or six with seconds first as Elsa and Quartz write them.")
    {
        IsTrigger = true,
        Inputs = [Inputs.Line("cron", "Cron expression", "[second] minute hour day-of-month month day-of-week, in UTC.", required: true) with { AllowsScript = false }],
    };

    /// <summary>The next time the schedule fires after the given instant, or null if it never does again.</summary>
    public static DateTimeOffset? NextOccurrence(string cron, DateTimeOffset after) =>
        Parse(cron).GetNextOccurrence(after, TimeZoneInfo.Utc);

    /// <summary>
    /// The latest occurrence after <paramref name="after"/> and at or before <paramref name="upTo"/>, or null when none
    /// is due. Only the latest: a schedule that was not run for a while (downtime) fires once, not once per missed time.
    /// </summary>
    public static DateTimeOffset? LatestDue(string cron, TimeZoneInfo zone, DateTimeOffset after, DateTimeOffset upTo) =>
        Parse(cron).GetPreviousOccurrence(upTo, zone, inclusive: true) is { } latest && latest > after ? latest : null;

    protected override void CreateBookmark(ActivityContext context)
    {
        var cron = context.GetRequiredString("cron");
        var next = TryNext(cron, context.Now) ?? throw context.Invalid("cron", $"'{cron}' never occurs again.");
        context.CreateBookmark(BookmarkKind.Timer, dueAt: next);
    }

    public override IEnumerable<ValidationError> Validate(ActivityNode node, WorkflowDefinition definition)
    {
        if (node.Input("cron")?.Expression.Value?.ToString() is { } cron && !IsValid(cron))
            yield return new ValidationError(node.Id, "cron", $"'{cron}' is not a cron expression of five fields (or six with seconds).");
    }

    private static bool IsValid(string cron)
    {
        try
        {
            Parse(cron);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }

    // Elsa exports six-field expressions (seconds first); the field count tells the two forms apart.
    private static CronExpression Parse(string cron) =>
        CronExpression.Parse(cron, cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);

    private static DateTimeOffset? TryNext(string cron, DateTimeOffset after) => IsValid(cron) ? NextOccurrence(cron, after) : null;
}
