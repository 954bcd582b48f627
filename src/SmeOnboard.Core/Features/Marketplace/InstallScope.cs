namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>A scope a firm consented to for an installed app; revoked ones stay on record with the time they ended.</summary>
public sealed class InstallScope
{
    public Guid InstallId { get; init; }
    public string Scope { get; init; } = "";
    public DateTimeOffset GrantedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    public bool IsActive => RevokedAt is null;
}
