using Dapper;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// Claims on open tasks and the history of completed ones. A claim is one conditional UPDATE of the task's bookmark
/// row, so of two people claiming at once exactly one wins on either database; it goes with the bookmark when the task
/// is completed. Every statement names the organisation.
/// </summary>
public sealed class WorkflowTaskStore(IDbConnectionFactory db, TimeProvider clock)
{
    /// <summary>True when the task was open, unclaimed and is now the user's; false when it is taken or gone.</summary>
    public async Task<bool> TryClaimAsync(Guid orgId, string bookmarkId, Guid userId, string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_bookmarks SET claimed_by = @userId, claimed_by_name = @userName, claimed_at = @now
            WHERE org_id = @orgId AND id = @bookmarkId AND kind IN ('HumanTask', 'Approval') AND claimed_by IS NULL
            """,
            new { orgId, bookmarkId, userId, userName, now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
        return claimed == 1;
    }

    /// <summary>
    /// Gives a claimed task back to its role; only the claimant releases it, unless <paramref name="anyone"/> (a firm
    /// admin freeing a task someone left). False when it was not so claimed.
    /// </summary>
    public async Task<bool> ReleaseAsync(Guid orgId, string bookmarkId, Guid userId, bool anyone, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var released = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE workflow_bookmarks SET claimed_by = NULL, claimed_by_name = NULL, claimed_at = NULL
            WHERE org_id = @orgId AND id = @bookmarkId AND claimed_by IS NOT NULL AND (claimed_by = @userId OR @anyone)
            """,
            new { orgId, bookmarkId, userId, anyone }, cancellationToken: cancellationToken));
        return released == 1;
    }

    /// <summary>The claim on an open task, or null when nobody holds it (or there is no such task).</summary>
    public async Task<TaskClaim?> FindClaimAsync(Guid orgId, string bookmarkId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<TaskClaim>(new CommandDefinition(
            """
            SELECT claimed_by, claimed_by_name, claimed_at FROM workflow_bookmarks
            WHERE org_id = @orgId AND id = @bookmarkId AND claimed_by IS NOT NULL
            """,
            new { orgId, bookmarkId }, cancellationToken: cancellationToken));
    }

    /// <summary>Keeps a completion for the history; a task is recorded once, by whoever completed it.</summary>
    public async Task RecordCompletionAsync(Guid orgId, CompletedTask task, string? assigneeRole, string? assigneeUser, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO workflow_task_history (org_id, bookmark_id, instance_id, definition_id, activity_id, kind, title, assignee_role, assignee_user,
                completed_by, completed_by_name, completed_at, submitted)
            VALUES (@orgId, @BookmarkId, @InstanceId, @DefinitionId, @ActivityId, @Kind, @Title, @assigneeRole, @assigneeUser,
                @CompletedBy, @CompletedByName, @CompletedAt, {db.Dialect.Json("Submitted")})
            ON CONFLICT (bookmark_id) DO NOTHING
            """,
            new
            {
                orgId, task.BookmarkId, task.InstanceId, task.DefinitionId, task.ActivityId, task.Kind, task.Title, assigneeRole, assigneeUser,
                task.CompletedBy, task.CompletedByName, task.CompletedAt, task.Submitted,
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The organisation's completed tasks, newest first, that <paramref name="userId"/> completed or that were assigned
    /// to one of <paramref name="roles"/>; every one when <paramref name="roles"/> is null (a firm admin).
    /// </summary>
    public async Task<IReadOnlyList<CompletedTask>> ListHistoryAsync(
        Guid orgId, Guid userId, IReadOnlyList<string>? roles, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CompletedTask>(new CommandDefinition(
            $"""
            SELECT bookmark_id, instance_id, definition_id, activity_id, kind, title, completed_by, completed_by_name, completed_at, submitted
            FROM workflow_task_history
            WHERE org_id = @orgId AND (@all OR completed_by = @userId OR assignee_role IN ({RoleList(roles)}))
            ORDER BY completed_at DESC, id DESC
            LIMIT @limit
            """,
            RoleParameters(new { orgId, userId, all = roles is null, limit }, roles), cancellationToken: cancellationToken));
        return rows.AsList();
    }

    // Dapper expands IN lists on SQLite but sends an array to Npgsql, so the few roles get a parameter each.
    private static string RoleList(IReadOnlyList<string>? roles) =>
        roles is not { Count: > 0 } ? "NULL" : string.Join(", ", roles.Select((_, i) => $"@role{i}"));

    private static DynamicParameters RoleParameters(object parameters, IReadOnlyList<string>? roles)
    {
        var all = new DynamicParameters(parameters);
        for (var i = 0; i < (roles?.Count ?? 0); i++)
            all.Add($"role{i}", roles![i]);
        return all;
    }
}
