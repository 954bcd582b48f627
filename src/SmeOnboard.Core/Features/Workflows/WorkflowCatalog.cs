using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// The reads a portal needs beyond the engine's store: lists of definitions and instances, and one open bookmark by id.
/// Every query names the organisation.
/// </summary>
public sealed class WorkflowCatalog(IDbConnectionFactory db)
{
    public async Task<IReadOnlyList<DefinitionSummary>> ListDefinitionsAsync(Guid orgId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DefinitionSummary>(new CommandDefinition(
            """
            SELECT l.definition_id, l.name, l.version AS latest_version, p.version AS published_version, l.updated_at
            FROM workflow_definitions l
            LEFT JOIN workflow_definitions p ON p.org_id = l.org_id AND p.definition_id = l.definition_id AND p.is_published
            WHERE l.org_id = @orgId AND l.is_latest
            ORDER BY l.name, l.definition_id
            """,
            new { orgId }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The newest instances first, optionally of one workflow only.</summary>
    public async Task<IReadOnlyList<InstanceSummary>> ListInstancesAsync(Guid orgId, string? definitionId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<InstanceSummary>(new CommandDefinition(
            """
            SELECT i.id, i.definition_id, i.definition_version, i.status, i.created_at, i.updated_at, i.finished_at,
                   t.instance_id IS NOT NULL AS is_test
            FROM workflow_instances i LEFT JOIN workflow_test_runs t ON t.instance_id = i.id
            WHERE i.org_id = @orgId AND (@definitionId IS NULL OR i.definition_id = @definitionId)
            ORDER BY i.created_at DESC, i.id DESC
            LIMIT @limit
            """,
            new { orgId, definitionId, limit }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// A page of the organisation's instances matching <paramref name="query"/>, newest first, with the number matching in
    /// all; a faulted instance carries its latest incident's message.
    /// </summary>
    public async Task<InstancePage> SearchInstancesAsync(Guid orgId, InstanceQuery query, CancellationToken cancellationToken = default)
    {
        // Wildcards typed into the search box are taken literally by being left out: instance ids never contain them.
        var idPattern = string.IsNullOrWhiteSpace(query.IdContains) ? null : $"%{query.IdContains.Trim().Replace("%", "").Replace("_", "")}%";
        var parameters = new
        {
            orgId,
            definitionId = string.IsNullOrEmpty(query.DefinitionId) ? null : query.DefinitionId,
            status = query.Status?.ToString(),
            from = query.StartedFrom,
            before = query.StartedBefore,
            idPattern,
            startedBy = string.IsNullOrWhiteSpace(query.StartedBy) ? null : query.StartedBy.Trim(),
            limit = Math.Clamp(query.PageSize, 1, 200),
            offset = Math.Max(0, query.Page) * Math.Clamp(query.PageSize, 1, 200),
        };
        // Only the filters given become conditions: PostgreSQL cannot type a parameter that is only compared with NULL.
        var conditions = new List<string> { "org_id = @orgId" };
        if (parameters.definitionId is not null)
            conditions.Add("definition_id = @definitionId");
        if (parameters.status is not null)
            conditions.Add("status = @status");
        if (parameters.from is not null)
            conditions.Add("created_at >= @from");
        if (parameters.before is not null)
            conditions.Add("created_at < @before");
        if (idPattern is not null)
            conditions.Add($"id {db.Dialect.ILike} @idPattern");
        if (parameters.startedBy is not null)
            conditions.Add("started_by = @startedBy");
        var where = string.Join(" AND ", conditions);
        await using var connection = await db.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT COUNT(*) FROM workflow_instances WHERE {where}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<InstanceListRow>(new CommandDefinition(
            $"""
            SELECT i.id, i.definition_id, i.definition_version, i.status, i.created_at, i.updated_at, i.finished_at,
                i.started_by, u.display_name AS started_by_name,
                CASE WHEN i.status = 'Faulted' THEN i.state END AS state
            FROM (SELECT * FROM workflow_instances WHERE {where}) i
            LEFT JOIN users u ON {UserIdText} = i.started_by
            ORDER BY i.created_at DESC, i.id DESC
            LIMIT @limit OFFSET @offset
            """,
            parameters, cancellationToken: cancellationToken));
        return new InstancePage { Items = rows.Select(r => r.ToSummary()).ToList(), Total = total };
    }

    /// <summary>The members who started at least one of the organisation's instances, by name, for the "started by" filter.</summary>
    public async Task<IReadOnlyList<(string UserId, string Name)>> ListStartersAsync(Guid orgId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string, string)>(new CommandDefinition(
            $"""
            SELECT DISTINCT i.started_by, u.display_name
            FROM workflow_instances i JOIN users u ON {UserIdText} = i.started_by
            WHERE i.org_id = @orgId
            ORDER BY u.display_name
            """,
            new { orgId }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The display name of whoever started one of the organisation's instances; null for a device, webhook or timer.</summary>
    public async Task<string?> FindStarterNameAsync(Guid orgId, string instanceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            $"""
            SELECT u.display_name FROM workflow_instances i JOIN users u ON {UserIdText} = i.started_by
            WHERE i.org_id = @orgId AND i.id = @instanceId
            """,
            new { orgId, instanceId }, cancellationToken: cancellationToken));
    }

    // started_by is text (it also holds "device" and the like); SQLite keeps user ids as text already.
    private string UserIdText => db.Dialect.Provider == DatabaseProvider.Postgres ? "u.id::text" : "u.id";

    /// <summary>An open bookmark of the organisation, or null (also when it belongs to another organisation).</summary>
    public async Task<Bookmark?> FindBookmarkAsync(Guid orgId, string bookmarkId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<BookmarkRow>(new CommandDefinition(
            $"SELECT {BookmarkRow.Columns} FROM workflow_bookmarks WHERE org_id = @orgId AND id = @bookmarkId",
            new { orgId, bookmarkId }, cancellationToken: cancellationToken));
        return row?.ToBookmark();
    }

    /// <summary>The organisation's open human tasks and approvals, oldest first, with the workflow each belongs to and its claim.</summary>
    public async Task<IReadOnlyList<(Bookmark Bookmark, string DefinitionId, TaskClaim? Claim)>> ListOpenTasksAsync(
        Guid orgId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<BookmarkRow, string, ClaimRow, (BookmarkRow Row, string DefinitionId, ClaimRow? Claim)>(new CommandDefinition(
            $"""
            SELECT {Prefixed}, i.definition_id, b.claimed_by AS claim_user, b.claimed_by_name, b.claimed_at
            FROM workflow_bookmarks b JOIN workflow_instances i ON i.id = b.instance_id AND i.org_id = b.org_id
            WHERE b.org_id = @orgId AND b.kind IN ('HumanTask', 'Approval')
            ORDER BY b.created_at, b.id
            LIMIT @limit
            """,
            new { orgId, limit }, cancellationToken: cancellationToken),
            (row, definitionId, claim) => (row, definitionId, claim), splitOn: "definition_id,claim_user");
        return rows.Select(r => (r.Row.ToBookmark(), r.DefinitionId, r.Claim?.ToClaim())).ToList();
    }

    private static readonly string Prefixed = string.Join(", ", BookmarkRow.Columns.Split(", ").Select(c => "b." + c));

    /// <summary>The email of a member of the organisation, for matching tasks assigned by email.</summary>
    public async Task<string?> FindMemberEmailAsync(Guid orgId, Guid userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            """
            SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id
            WHERE u.id = @userId AND m.org_id = @orgId
            """,
            new { orgId, userId }, cancellationToken: cancellationToken));
    }

    private sealed class ClaimRow
    {
        public Guid? ClaimUser { get; init; }
        public string? ClaimedByName { get; init; }
        public DateTimeOffset? ClaimedAt { get; init; }

        public TaskClaim? ToClaim() => ClaimUser is { } user
            ? new TaskClaim { ClaimedBy = user, ClaimedByName = ClaimedByName ?? "", ClaimedAt = ClaimedAt ?? default }
            : null;
    }

    private sealed class InstanceListRow
    {
        public string Id { get; init; } = "";
        public string DefinitionId { get; init; } = "";
        public int DefinitionVersion { get; init; }
        public WorkflowStatus Status { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public DateTimeOffset? FinishedAt { get; init; }
        public string? StartedBy { get; init; }
        public string? StartedByName { get; init; }
        public string? State { get; init; }

        public InstanceSummary ToSummary() => new()
        {
            Id = Id,
            DefinitionId = DefinitionId,
            DefinitionVersion = DefinitionVersion,
            Status = Status,
            CreatedAt = CreatedAt,
            UpdatedAt = UpdatedAt,
            FinishedAt = FinishedAt,
            StartedBy = StartedBy,
            StartedByName = StartedByName,
            Incident = State is null ? null : WorkflowRowJson.Read<WorkflowInstance>(State).Incidents.LastOrDefault()?.Message,
        };
    }
}
