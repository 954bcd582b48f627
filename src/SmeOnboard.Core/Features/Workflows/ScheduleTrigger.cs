namespace SmeOnboard.Core.Features.Workflows;

/// <summary>A published workflow's Schedule start trigger: a workflow_triggers row of kind Timer.</summary>
internal sealed class ScheduleTrigger
{
    public Guid OrgId { get; init; }
    public string DefinitionId { get; init; } = "";
    public int Version { get; init; }
    public string ActivityId { get; init; } = "";

    /// <summary>The cron expression (trigger_key).</summary>
    public string Cron { get; init; } = "";

    public string TimeZone { get; init; } = "";

    /// <summary>The last occurrence started, or the publish time before the first.</summary>
    public DateTimeOffset FiredThrough { get; init; }
}
