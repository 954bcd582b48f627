using System.Data.Common;
using Dapper;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

public sealed partial class DapperWorkflowStore
{
    public async Task<IReadOnlyList<WorkflowDefinition>> FindPublishedByTriggerAsync(
        string organisationId, BookmarkKind kind, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DefinitionRow>(new CommandDefinition(
            $"""
            SELECT {DefinitionRow.Columns} FROM workflow_definitions
            WHERE org_id = @orgId AND is_published AND definition_id IN (
                SELECT definition_id FROM workflow_triggers WHERE org_id = @orgId AND kind = @kind AND trigger_key = @key)
            ORDER BY definition_id
            """,
            new { orgId = OrganisationKey.Parse(organisationId), kind = kind.ToString(), key }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDefinition()).ToList();
    }

    // Called inside the publishing transaction: the trigger rows always describe the version that is published now. A
    // schedule counts from the publish time, so a new version fires the occurrences after it and none of the old one's.
    private static async Task ReplaceTriggersAsync(
        DbConnection connection, DbTransaction transaction, Guid orgId, string definitionId, WorkflowDefinition? published,
        DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM workflow_triggers WHERE org_id = @orgId AND definition_id = @definitionId",
            new { orgId, definitionId }, transaction, cancellationToken: cancellationToken));
        if (published is null)
            return;
        foreach (var trigger in WorkflowTrigger.Of(published))
        {
            var schedule = trigger.Kind == BookmarkKind.Timer;
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO workflow_triggers (org_id, definition_id, version, activity_id, kind, trigger_key, time_zone, fired_through)
                VALUES (@orgId, @definitionId, @version, @activityId, @kind, @key, @timeZone, @firedThrough)
                """,
                new
                {
                    orgId, definitionId, version = published.Version, activityId = trigger.ActivityId, kind = trigger.Kind.ToString(), key = trigger.Key,
                    // The Schedule activity reads its cron expression in UTC.
                    timeZone = schedule ? TimeZoneInfo.Utc.Id : null,
                    firedThrough = schedule ? publishedAt : (DateTimeOffset?)null,
                },
                transaction, cancellationToken: cancellationToken));
        }
    }
}
