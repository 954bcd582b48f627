using System.Security.Claims;
using SmeOnboard.Core.Features.Organisations;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tenancy;

namespace SmeOnboard.Core.Tests.Infrastructure;

/// <summary>
/// Signed-in people as the portal's cookie describes them (the claims PortalClaimsPrincipalFactory adds), for handing to
/// <see cref="CurrentPrincipal"/>.
/// </summary>
internal static class Actors
{
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    /// <summary>A member of <paramref name="organisation"/> in <paramref name="role"/>; a fresh user id unless one is given.</summary>
    public static ClaimsPrincipal MemberOf(Organisation organisation, string role = Roles.FirmAdmin, Guid? userId = null, string name = "Test Member") =>
        Person(userId ?? Guid.NewGuid(), name, role,
            new Claim(PortalClaimTypes.OrganisationId, organisation.Id.ToString()),
            new Claim(PortalClaimTypes.OrganisationKind, organisation.Kind.ToString()),
            new Claim(PortalClaimTypes.OrganisationName, organisation.Name));

    /// <summary>Signed in, but belonging to no organisation (a page without a policy would let them through).</summary>
    public static ClaimsPrincipal WithoutOrganisation(Guid? userId = null, string name = "Test Loner") =>
        Person(userId ?? Guid.NewGuid(), name, role: null);

    private static ClaimsPrincipal Person(Guid userId, string name, string? role, params Claim[] organisation)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId.ToString()),
            new(ClaimTypes.Name, $"{userId:N}@example.test"),
            new(PortalClaimTypes.DisplayName, name),
        };
        if (role is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }
        claims.AddRange(organisation);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "Test"));
    }
}
