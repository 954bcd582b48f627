using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Audit;

/// <summary>The single writer and reader of the audit log. Entries cannot be changed: the table refuses it.</summary>
public sealed class AuditLog(IDbConnectionFactory db, ICurrentActor actor, TimeProvider clock)
{
    private const string Columns = "id, occurred_at, actor_user_id, actor_name, org_id, action, entity_type, entity_id, summary";

    /// <summary>Writes inside the caller's transaction, so the record and the change commit together.</summary>
    public Task RecordAsync(DbConnection connection, DbTransaction? transaction, AuditRecord record) =>
        connection.ExecuteAsync(InsertSql, Parameters(record), transaction);

    /// <summary>Adds the record to the caller's batch, written when the batch runs.</summary>
    public void Add(SqlBatch batch, AuditRecord record) => batch.Add(InsertSql, Parameters(record));

    private const string InsertSql =
        """
        INSERT INTO audit_log (occurred_at, actor_user_id, actor_name, org_id, action, entity_type, entity_id, summary)
        VALUES (@now, @actorUserId, @actorName, @orgId, @Action, @EntityType, @EntityId, @Summary)
        """;

    private object Parameters(AuditRecord record) => new
    {
        now = clock.GetUtcNow(),
        actorUserId = record.Actor?.UserId ?? actor.UserId,
        actorName = record.Actor?.Name ?? actor.Name,
        orgId = record.OrgId ?? actor.OrganisationId,
        record.Action,
        record.EntityType,
        record.EntityId,
        record.Summary,
    };

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await RecordAsync(connection, null, record);
    }

    /// <summary>The newest entries of the current organisation.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListForCurrentOrganisationAsync(int limit, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditEntry>(
            new CommandDefinition(
                $"SELECT {Columns} FROM audit_log WHERE org_id = @orgId ORDER BY id DESC LIMIT @limit",
                new { orgId, limit },
                cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>One entry, only if it belongs to the current organisation.</summary>
    public async Task<AuditEntry?> FindForCurrentOrganisationAsync(long id, CancellationToken cancellationToken = default)
    {
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AuditEntry>(
            new CommandDefinition(
                $"SELECT {Columns} FROM audit_log WHERE id = @id AND org_id = @orgId",
                new { id, orgId },
                cancellationToken: cancellationToken));
    }

    /// <summary>The newest entries across the platform, for platform administrators only.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAllAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.PlatformAdmin))
        {
            throw new UnauthorizedAccessException("Only platform administrators read the whole audit log.");
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditEntry>(
            new CommandDefinition(
                $"SELECT {Columns} FROM audit_log ORDER BY id DESC LIMIT @limit",
                new { limit },
                cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
