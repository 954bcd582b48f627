using Dapper;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// The schedule worker's reads and writes of workflow_triggers. They cross organisations, as the timer claims do, and
/// hand each row's organisation back with it.
/// </summary>
internal sealed class ScheduleTriggers(IDbConnectionFactory db)
{
    /// <summary>
    /// Every published schedule. Whether one is due takes cron arithmetic the databases cannot do, so the worker decides;
    /// there is one row per scheduled workflow, not per occurrence, so the list stays short.
    /// </summary>
    public async Task<IReadOnlyList<ScheduleTrigger>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ScheduleTrigger>(new CommandDefinition(
            """
            SELECT org_id, definition_id, version, activity_id, trigger_key AS cron, time_zone, fired_through
            FROM workflow_triggers WHERE kind = 'Timer'
            ORDER BY fired_through
            """,
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// Moves the schedule on to <paramref name="occurrence"/> if it still stands where the worker read it (the same
    /// version, fired through the same instant). False when another worker moved it first or a republish replaced it.
    /// </summary>
    public async Task<bool> AdvanceAsync(ScheduleTrigger trigger, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_triggers SET fired_through = @occurrence
            WHERE org_id = @orgId AND definition_id = @definitionId AND activity_id = @activityId
              AND kind = 'Timer' AND version = @version AND fired_through = @firedThrough
            """,
            new { occurrence, orgId = trigger.OrgId, definitionId = trigger.DefinitionId, activityId = trigger.ActivityId, version = trigger.Version, firedThrough = trigger.FiredThrough },
            cancellationToken: cancellationToken));
        return updated == 1;
    }
}
