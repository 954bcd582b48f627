using Dapper;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>The device registry's rows. Callers pass the organisation; only the broker's sign-in looks a device up by id alone.</summary>
public sealed class DeviceStore(IDbConnectionFactory db)
{
    private const string Columns =
        "id, org_id, name, machine_type, location, signals, secret_hash, created_at, secret_issued_at, last_seen_at, last_message, accepted_count, rejected_count, last_rejections";

    public Task InsertAsync(DeviceRow device, CancellationToken cancellationToken = default) =>
        db.ExecuteAsync(
            $"""
            INSERT INTO devices (id, org_id, name, machine_type, location, signals, secret_hash, created_at, secret_issued_at)
            VALUES (@Id, @OrgId, @Name, @MachineType, @Location, {db.Dialect.Json("Signals")}, @SecretHash, @CreatedAt, @SecretIssuedAt)
            """, device, cancellationToken);

    public Task<List<DeviceRow>> ListAsync(Guid orgId, CancellationToken cancellationToken = default) =>
        db.QueryListAsync<DeviceRow>($"SELECT {Columns} FROM devices WHERE org_id = @orgId ORDER BY name, id", new { orgId }, cancellationToken);

    public Task<DeviceRow?> FindAsync(Guid orgId, string deviceId, CancellationToken cancellationToken = default) =>
        db.QuerySingleOrDefaultAsync<DeviceRow>($"SELECT {Columns} FROM devices WHERE org_id = @orgId AND id = @deviceId", new { orgId, deviceId }, cancellationToken);

    /// <summary>By id alone, for a device signing in: its credentials name the device, not the firm.</summary>
    public Task<DeviceRow?> FindForSignInAsync(string deviceId, CancellationToken cancellationToken = default) =>
        db.QuerySingleOrDefaultAsync<DeviceRow>($"SELECT {Columns} FROM devices WHERE id = @deviceId", new { deviceId }, cancellationToken);

    public async Task<bool> ReplaceSecretAsync(Guid orgId, string deviceId, string secretHash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await db.ExecuteAsync("UPDATE devices SET secret_hash = @secretHash, secret_issued_at = @now WHERE org_id = @orgId AND id = @deviceId",
            new { orgId, deviceId, secretHash, now }, cancellationToken) == 1;

    public async Task<bool> ExistsAsync(string deviceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM devices WHERE id = @deviceId", new { deviceId }, cancellationToken: cancellationToken)) > 0;
    }
}
