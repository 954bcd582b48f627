using System.Security.Claims;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Web.Features.Demo;

/// <summary>The signed-in person a demo seed acts as, so what it does goes through the stores and the audit log as theirs would.</summary>
internal static class DemoActors
{
    public static ClaimsPrincipal As(Guid userId, string displayName, string role, Organisation organisation) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(PortalClaimTypes.DisplayName, displayName),
        new Claim(ClaimTypes.Role, role), new Claim(PortalClaimTypes.OrganisationId, organisation.Id.ToString()),
        new Claim(PortalClaimTypes.OrganisationKind, organisation.Kind.ToString()), new Claim(PortalClaimTypes.OrganisationName, organisation.Name),
    ], "Demo"));
}
