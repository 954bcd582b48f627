namespace SmeOnboard.Core.Features.Marketplace.ApiKeys;

/// <summary>A vendor_api_keys row without its hash: what the vendor sees of a key after it was shown once.</summary>
public sealed class VendorApiKey
{
    public const string Columns = "id, vendor_org_id, name, key_prefix, scopes, created_at, revoked_at";

    public Guid Id { get; init; }
    public Guid VendorOrgId { get; init; }
    public string Name { get; init; } = "";

    /// <summary>The key's first characters, so the vendor can tell keys apart without the secret.</summary>
    public string KeyPrefix { get; init; } = "";

    /// <summary>Space-separated <see cref="VendorApiScopes"/>.</summary>
    public string Scopes { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
