namespace SmeOnboard.Core.Features.Audit;

/// <summary>What a feature reports to the audit log; who and when are added by <see cref="AuditLog"/>.</summary>
/// <param name="Action">A stable verb such as "organisation.profile-updated".</param>
/// <param name="EntityType">The kind of thing touched, e.g. "Organisation".</param>
/// <param name="EntityId">Its id, when it has one.</param>
/// <param name="Summary">Before/after in plain words.</param>
/// <param name="OrgId">The organisation concerned; defaults to the actor's own.</param>
public sealed record AuditRecord(string Action, string EntityType, string? EntityId, string Summary, Guid? OrgId = null)
{
    /// <summary>Who acted, when that is not the signed-in person (e.g. someone who is just signing up).</summary>
    public (Guid UserId, string Name)? Actor { get; init; }
}
