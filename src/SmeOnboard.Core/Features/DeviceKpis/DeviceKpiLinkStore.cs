using System.Data.Common;
using System.Text.Json;
using Dapper;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;

namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>
/// Links between installed tables and devices, and the rows the links write. Every statement names the organisation it
/// is given: the caller takes it from the acting firm (<see cref="DeviceKpiLinks"/>) or from the accepted message.
/// </summary>
public sealed class DeviceKpiLinkStore(IDbConnectionFactory db)
{
    /// <summary>The source of workspace rows a device wrote.</summary>
    public const string DeviceSource = "device";

    public async Task InsertAsync(DeviceKpiLink link, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO device_kpi_links (id, org_id, installation_id, table_id, device_id, kind, mapping, state, created_at)
            VALUES (@Id, @OrgId, @InstallationId, @TableId, @DeviceId, @Kind, {db.Dialect.Json("Mapping")}, {db.Dialect.Json("State")}, @CreatedAt)
            """,
            new
            {
                link.Id, link.OrgId, link.InstallationId, link.TableId, link.DeviceId, Kind = link.Kind.ToString(),
                Mapping = JsonSerializer.Serialize(link.Mapping, DeviceKpiLinkRow.Json), State = JsonSerializer.Serialize(link.State, DeviceKpiLinkRow.Json), link.CreatedAt,
            }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<DeviceKpiLink>> ListForInstallationAsync(Guid orgId, Guid installationId, CancellationToken cancellationToken = default) =>
        (await QueryAsync("l.org_id = @orgId AND l.installation_id = @installationId", new { orgId, installationId }, cancellationToken)).Select(r => r.ToLink()).ToList();

    /// <summary>The firm's links fed by a device, each with the table it writes (links whose table the installation no longer has are left out).</summary>
    public async Task<IReadOnlyList<(DeviceKpiLink Link, TemplateTable Table)>> ListForDeviceAsync(Guid orgId, string deviceId, CancellationToken cancellationToken = default) =>
        (await ListForDevicesAsync([(orgId, deviceId)], cancellationToken)).GetValueOrDefault((orgId, deviceId)) ?? [];

    /// <summary>
    /// The links of many devices in one query (one per stored batch), keyed by firm and device: a link counts only for
    /// the firm that owns both it and the device.
    /// </summary>
    public async Task<IReadOnlyDictionary<(Guid OrgId, string DeviceId), IReadOnlyList<(DeviceKpiLink Link, TemplateTable Table)>>> ListForDevicesAsync(
        IReadOnlyCollection<(Guid OrgId, string DeviceId)> devices, CancellationToken cancellationToken = default)
    {
        if (devices.Count == 0)
            return new Dictionary<(Guid, string), IReadOnlyList<(DeviceKpiLink, TemplateTable)>>();
        var wanted = devices.ToHashSet();
        // PostgreSQL takes the ids as one array parameter; Dapper expands the list into one parameter each for SQLite.
        var inList = db.Dialect.Provider == DatabaseProvider.Postgres ? "l.device_id = ANY(@deviceIds)" : "l.device_id IN @deviceIds";
        var rows = await QueryAsync(inList, new { deviceIds = devices.Select(d => d.DeviceId).Distinct().ToArray() }, cancellationToken);
        return rows
            .Select(r => (Link: r.ToLink(), Table: r.Table()))
            .Where(r => r.Table is not null && wanted.Contains((r.Link.OrgId, r.Link.DeviceId)))
            .GroupBy(r => (r.Link.OrgId, r.Link.DeviceId))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(DeviceKpiLink, TemplateTable)>)g.Select(r => (r.Link, r.Table!)).ToList());
    }

    public async Task<bool> DeleteAsync(Guid orgId, Guid linkId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM device_kpi_links WHERE org_id = @orgId AND id = @linkId", new { orgId, linkId }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Writes the rows (a key seen before rewrites its row) and the link's new state in one transaction.</summary>
    public async Task SaveAsync(DeviceKpiLink link, TemplateTable table, DeviceKpiState state, IReadOnlyList<DeviceKpiRowWrite> writes, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var write in writes)
            await WriteRowAsync(connection, transaction, link, table, write, now, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE device_kpi_links SET state = {db.Dialect.Json("state")} WHERE id = @id AND org_id = @orgId",
            new { id = link.Id, orgId = link.OrgId, state = JsonSerializer.Serialize(state, DeviceKpiLinkRow.Json) }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task WriteRowAsync(DbConnection connection, DbTransaction transaction, DeviceKpiLink link, TemplateTable table, DeviceKpiRowWrite write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var data = RowJson.Write(table, write.Values);
        var rowId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT row_id FROM device_kpi_rows WHERE link_id = @linkId AND row_key = @key",
            new { linkId = link.Id, key = write.Key }, transaction, cancellationToken: cancellationToken));
        if (rowId is { } id)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE workspace_rows SET data = {db.Dialect.Json("data")} WHERE id = @id AND org_id = @orgId",
                new { id, data, orgId = link.OrgId }, transaction, cancellationToken: cancellationToken));
            return;
        }
        var inserted = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"""
            INSERT INTO workspace_rows (org_id, installation_id, table_id, source, data, created_at)
            VALUES (@orgId, @installationId, @tableId, '{DeviceSource}', {db.Dialect.Json("data")}, @now) RETURNING id
            """,
            new { orgId = link.OrgId, installationId = link.InstallationId, tableId = link.TableId, data, now }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO device_kpi_rows (link_id, row_key, row_id) VALUES (@linkId, @key, @inserted)",
            new { linkId = link.Id, key = write.Key, inserted }, transaction, cancellationToken: cancellationToken));
    }

    private async Task<IEnumerable<DeviceKpiLinkRow>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QueryAsync<DeviceKpiLinkRow>(new CommandDefinition(
            $"""
            SELECT {DeviceKpiLinkRow.Columns}
            FROM device_kpi_links l JOIN workspace_installations i ON i.id = l.installation_id AND i.org_id = l.org_id
            WHERE {where} ORDER BY l.created_at, l.table_id
            """,
            parameters, cancellationToken: cancellationToken));
    }
}
