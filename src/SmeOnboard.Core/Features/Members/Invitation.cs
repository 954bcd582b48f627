namespace SmeOnboard.Core.Features.Members;

/// <summary>An emailed invitation to join an organisation. Only a hash of its token is stored.</summary>
public sealed class Invitation
{
    public Guid Id { get; init; }
    public Guid OrgId { get; init; }
    public string OrganisationName { get; init; } = "";
    public string Email { get; init; } = "";
    public string Role { get; init; } = "";

    /// <summary>Who sent it; null once that person's account is deleted, since the invitation stays valid without them.</summary>
    public Guid? InvitedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : RevokedAt is not null ? InvitationState.Revoked
        : ExpiresAt <= now ? InvitationState.Expired
        : InvitationState.Pending;
}

public enum InvitationState
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}
