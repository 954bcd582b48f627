using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Tenancy;

/// <summary>Who is acting and for which organisation; the one source of tenant identity for every store.</summary>
public interface ICurrentActor
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    /// <summary>A name fit for the audit log: the display name, else "system" for background work.</summary>
    string Name { get; }

    Guid? OrganisationId { get; }

    OrganisationKind? OrganisationKind { get; }

    bool IsInRole(string role);

    /// <summary>The acting organisation; throws when there is none, which means a page or endpoint lacks a policy.</summary>
    Guid RequireOrganisationId();
}
