using System.Security.Claims;
using SmeOnboard.Core.Features.Organisations;

namespace SmeOnboard.Core.Tenancy;

public sealed class CurrentActor(CurrentPrincipal principal) : ICurrentActor
{
    private ClaimsPrincipal User => principal.User;

    public bool IsAuthenticated => User.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => User.FindFirstValue(PortalClaimTypes.DisplayName) ?? User.Identity?.Name ?? "system";

    public Guid? OrganisationId =>
        Guid.TryParse(User.FindFirstValue(PortalClaimTypes.OrganisationId), out var id) ? id : null;

    public OrganisationKind? OrganisationKind =>
        Enum.TryParse<OrganisationKind>(User.FindFirstValue(PortalClaimTypes.OrganisationKind), out var kind) ? kind : null;

    public bool IsInRole(string role) => User.IsInRole(role);

    public Guid RequireOrganisationId() =>
        OrganisationId ?? throw new UnauthorizedAccessException("This action needs a signed-in member of an organisation.");
}
