using System.Security.Cryptography;
using System.Text;
using Dapper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Features.Marketplace.ApiKeys;

/// <summary>
/// The current vendor's API keys: create (the secret is shown once), list, revoke; and finding the caller of a presented
/// key. Keys are 256 random bits, so a plain SHA-256 keeps them out of the database without being reversible.
/// </summary>
public sealed class VendorApiKeyStore(IDbConnectionFactory db, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>Every key starts so, which lets the portal tell a vendor key from other bearer tokens.</summary>
    public const string Prefix = "smk_";

    public async Task<Result<CreatedApiKey>> CreateForCurrentAsync(string name, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken = default)
    {
        if (actor.OrganisationKind != OrganisationKind.Vendor || !actor.IsInRole(Roles.VendorDeveloper))
        {
            return new FieldError("", "Errors.ApiKeyVendorOnly", "Only a vendor's developers manage its API keys.");
        }
        name = name.Trim();
        if (name.Length is 0 or > 80)
        {
            return new FieldError("name", "Errors.ApiKeyName", "Name the key in 1 to 80 characters, e.g. after the system that uses it.");
        }
        if (scopes.Count == 0 || scopes.Except(VendorApiScopes.All).Any())
        {
            return new FieldError("scopes", "Errors.ApiKeyScopes", $"Choose one or more of: {string.Join(", ", VendorApiScopes.All)}.");
        }
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new VendorApiKey
        {
            Id = Guid.CreateVersion7(), VendorOrgId = actor.RequireOrganisationId(), Name = name, KeyPrefix = secret[..10],
            Scopes = string.Join(' ', scopes.Distinct().Order()), CreatedAt = clock.GetUtcNow(),
        };
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO vendor_api_keys (id, vendor_org_id, name, key_prefix, key_hash, scopes, created_at, created_by)
            VALUES (@Id, @VendorOrgId, @Name, @KeyPrefix, @hash, @Scopes, @CreatedAt, @userId)
            """,
            new { key.Id, key.VendorOrgId, key.Name, key.KeyPrefix, hash = Hash(secret), key.Scopes, key.CreatedAt, userId = actor.UserId },
            transaction, cancellationToken: cancellationToken));
        await audit.RecordAsync(connection, transaction, new AuditRecord("vendor.api-key-created", "VendorApiKey", key.Id.ToString(),
            $"API key \"{key.Name}\" ({key.KeyPrefix}…) created for {key.Scopes}"));
        await transaction.CommitAsync(cancellationToken);
        return new CreatedApiKey(key, secret);
    }

    public async Task<IReadOnlyList<VendorApiKey>> ListForCurrentAsync(CancellationToken cancellationToken = default) =>
        actor.OrganisationKind != OrganisationKind.Vendor ? [] : await db.QueryListAsync<VendorApiKey>(
            $"SELECT {VendorApiKey.Columns} FROM vendor_api_keys WHERE vendor_org_id = @orgId ORDER BY created_at DESC",
            new { orgId = actor.RequireOrganisationId() }, cancellationToken);

    /// <summary>Revokes one of the current vendor's active keys; false for an unknown, revoked or another vendor's key.</summary>
    public async Task<bool> RevokeForCurrentAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (actor.OrganisationKind != OrganisationKind.Vendor || !actor.IsInRole(Roles.VendorDeveloper))
        {
            return false;
        }
        var orgId = actor.RequireOrganisationId();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var revoked = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE vendor_api_keys SET revoked_at = @now, revoked_by = @userId WHERE id = @id AND vendor_org_id = @orgId AND revoked_at IS NULL",
            new { id, orgId, now = clock.GetUtcNow(), userId = actor.UserId }, transaction, cancellationToken: cancellationToken)) == 1;
        if (revoked)
        {
            await audit.RecordAsync(connection, transaction, new AuditRecord("vendor.api-key-revoked", "VendorApiKey", id.ToString(), "API key revoked"));
        }
        await transaction.CommitAsync(cancellationToken);
        return revoked;
    }

    /// <summary>The active key matching <paramref name="secret"/> and its vendor, or null. Not tenant-scoped: this is how a caller gets a tenant.</summary>
    public async Task<ApiKeyCaller?> FindCallerAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KeyWithVendor>(new CommandDefinition(
            """
            SELECT k.id, k.vendor_org_id, k.name, k.key_prefix, k.scopes, k.created_at, k.revoked_at, o.name AS vendor_name
            FROM vendor_api_keys k JOIN organisations o ON o.id = k.vendor_org_id
            WHERE k.key_hash = @hash AND k.revoked_at IS NULL
            """, new { hash = Hash(secret) }, cancellationToken: cancellationToken));
        return row is null ? null : new ApiKeyCaller(new VendorApiKey
        {
            Id = row.Id, VendorOrgId = row.VendorOrgId, Name = row.Name, KeyPrefix = row.KeyPrefix, Scopes = row.Scopes, CreatedAt = row.CreatedAt,
        }, row.VendorName);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private sealed class KeyWithVendor
    {
        public Guid Id { get; init; }
        public Guid VendorOrgId { get; init; }
        public string Name { get; init; } = "";
        public string KeyPrefix { get; init; } = "";
        public string Scopes { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
        public string VendorName { get; init; } = "";
    }
}
